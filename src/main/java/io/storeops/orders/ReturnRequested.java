package io.storeops.orders;

/** A buyer asked to return, exchange or be refunded. */
public record ReturnRequested(
        long returnId,
        String returnNo,
        OrderId orderId,
        String orderNo,
        ReturnView.Type type,
        ReturnReason reason,
        java.time.Instant at) {}
