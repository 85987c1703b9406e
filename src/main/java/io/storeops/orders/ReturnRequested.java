package io.storeops.orders;

import java.time.Instant;

/** A buyer asked to return, exchange or be refunded. */
public record ReturnRequested(
        long returnId,
        String returnNo,
        OrderId orderId,
        String orderNo,
        ReturnView.Type type,
        ReturnReason reason,
        Instant at) {}
