package io.storeops.orders;

import java.time.Instant;
import java.util.List;

/** A parcel of an order with its lines and tracking scans (oldest first). */
public record ShipmentView(
        long id,
        String shipmentNo,
        long orderId,
        String warehouse,
        ShipmentStatus status,
        String carrier,
        String trackingNo,
        Long replacementOf,
        String reason,
        Instant createdAt,
        Instant shippedAt,
        Instant deliveredAt,
        Instant lastScanAt,
        String lastScanStatus,
        String lastScanLocation,
        List<Line> lines,
        List<Scan> scans) {

    public record Line(String skuCode, int quantity) {}

    public record Scan(Instant occurredAt, String status, String location, String description) {}
}
