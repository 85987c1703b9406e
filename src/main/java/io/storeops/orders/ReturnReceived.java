package io.storeops.orders;

/** Returned goods arrived; resellable units went back into stock. */
public record ReturnReceived(
        long returnId, String returnNo, OrderId orderId, boolean resellable, String warehouse, java.time.Instant at) {}
