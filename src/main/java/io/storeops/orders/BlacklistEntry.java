package io.storeops.orders;

import java.time.Instant;

/** A buyer nick, phone or address whose orders are held for a person. */
public record BlacklistEntry(long id, Kind kind, String value, String reason, String createdBy, Instant createdAt) {

    public enum Kind {
        BUYER,
        PHONE,
        ADDRESS
    }
}
