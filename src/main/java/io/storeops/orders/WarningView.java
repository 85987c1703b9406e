package io.storeops.orders;

import java.time.Instant;

/** A warning and its task: owner, due time, and how it was resolved. */
public record WarningView(
        long id,
        long orderId,
        String orderNo,
        String channel,
        Long shipmentId,
        String trackingNo,
        WarningType type,
        String status,
        String detail,
        String owner,
        Instant dueAt,
        Instant openedAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolution) {}
