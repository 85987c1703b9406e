package io.storeops.orders;

import io.storeops.shared.Money;
import java.time.Duration;
import java.time.Instant;

/** A refund was paid (fast by policy or approved by a person); the channel is told through its outbox. */
public record RefundCompleted(
        long refundId,
        String refundNo,
        OrderId orderId,
        String orderNo,
        String channel,
        Money amount,
        boolean fast,
        Duration cycleTime,
        Instant at) {}
