package io.storeops.orders;

import java.time.Instant;

/** An abnormal-order warning was opened as a task. */
public record WarningOpened(
        long warningId, OrderId orderId, String orderNo, WarningType type, String detail, Instant dueAt) {}
