package io.storeops.orders;

import io.storeops.shared.Message;
import java.time.Instant;

/** An abnormal-order warning was opened as a task. */
public record WarningOpened(
        long warningId, OrderId orderId, String orderNo, WarningType type, Message detail, Instant dueAt) {}
