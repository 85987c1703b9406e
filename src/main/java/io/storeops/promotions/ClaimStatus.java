package io.storeops.promotions;

import java.time.Instant;

/**
 * Where a coupon a customer holds stands. It is not stored but read from the claim: usable until it is redeemed or its
 * validity ends, whichever comes first; both are final.
 */
public enum ClaimStatus {
    USABLE,
    REDEEMED,
    EXPIRED;

    /** The status at {@code now} of a claim redeemed at {@code redeemedAt} (null: not redeemed), valid until then. */
    public static ClaimStatus of(Instant redeemedAt, Instant validUntil, Instant now) {
        if (redeemedAt != null) {
            return REDEEMED;
        }
        return now.isBefore(validUntil) ? USABLE : EXPIRED;
    }
}
