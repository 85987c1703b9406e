package io.storeops.orders;

/** An abnormal-order warning was opened as a task. */
public record WarningOpened(
        long warningId, OrderId orderId, String orderNo, WarningType type, String detail, java.time.Instant dueAt) {}
