package io.storeops.orders;

import io.storeops.shared.Money;
import java.time.Instant;

/** An order was taken in from a channel (first time only). */
public record OrderPlaced(
        OrderId orderId,
        String orderNo,
        String channel,
        String externalId,
        Money total,
        int units,
        Instant orderedAt) {}
