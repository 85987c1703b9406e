package io.storeops.orders;

/** An order was taken in from a channel (first time only). */
public record OrderPlaced(
        OrderId orderId,
        String orderNo,
        String channel,
        String externalId,
        io.storeops.shared.Money total,
        int units,
        java.time.Instant orderedAt) {}
