package io.storeops.orders;

import java.time.Instant;

/** Returned goods arrived; resellable units went back into stock. */
public record ReturnReceived(
        long returnId, String returnNo, OrderId orderId, boolean resellable, String warehouse, Instant at) {}
