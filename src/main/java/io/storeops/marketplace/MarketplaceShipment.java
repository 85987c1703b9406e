package io.storeops.marketplace;

import java.time.Instant;
import java.util.List;

/**
 * A shipment the merchant reported for an order: which carrier took which lines under which tracking number. The
 * carrier then reports the parcel's way as {@link MarketplaceTrackingEvent}s.
 */
public record MarketplaceShipment(
        String shipmentId, String orderId, String carrier, String trackingNo, List<Line> lines, Instant acceptedAt) {

    public MarketplaceShipment {
        lines = List.copyOf(lines);
    }

    /** A quantity of one SKU of the order in the parcel. */
    public record Line(String skuCode, int quantity) {}
}
