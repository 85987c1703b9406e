package io.storeops.orders;

import io.storeops.shared.Message;
import java.time.Instant;

/** A warning and its task: why it was opened, owner, due time, and how it was resolved (null while open). */
public record WarningView(
        long id,
        long orderId,
        String orderNo,
        String channel,
        Long shipmentId,
        String trackingNo,
        WarningType type,
        WarningStatus status,
        Message detail,
        String owner,
        Instant dueAt,
        Instant openedAt,
        Instant resolvedAt,
        String resolvedBy,
        Message resolution) {}
