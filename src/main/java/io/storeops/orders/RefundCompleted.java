package io.storeops.orders;

/** A refund was paid (fast by policy or approved by a person); the channel is told through its outbox. */
public record RefundCompleted(
        long refundId,
        String refundNo,
        OrderId orderId,
        String orderNo,
        String channel,
        io.storeops.shared.Money amount,
        boolean fast,
        java.time.Duration cycleTime,
        java.time.Instant at) {}
