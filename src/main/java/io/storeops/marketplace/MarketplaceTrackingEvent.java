package io.storeops.marketplace;

import java.time.Instant;

/**
 * A scan of a parcel by its carrier, in the shop's logistics feed at position {@code changeSeq}: where the parcel was
 * ({@code location}, a Chinese place name) and what happened, in the carrier's own words ({@code description}, e.g.
 * {@code 快件已到达【杭州转运中心】}).
 */
public record MarketplaceTrackingEvent(
        String eventId,
        String trackingNo,
        String carrier,
        String orderId,
        Status status,
        String location,
        String description,
        Instant occurredAt,
        long changeSeq) {

    /** A parcel is taken in, travels through 2 to 4 scans, goes out for delivery and is delivered. */
    public enum Status {
        ACCEPTED,
        IN_TRANSIT,
        OUT_FOR_DELIVERY,
        DELIVERED
    }
}
