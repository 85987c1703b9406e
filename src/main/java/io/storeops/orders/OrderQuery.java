package io.storeops.orders;

import java.time.Instant;

/**
 * Filters of the order list: status, channel, warehouse (an order allocated there), ordered between {@code from} and
 * {@code to}, held ones only, and {@code q} — an order number, external id or buyer phone (exact or prefix); sort as
 * {@code field,asc|desc} over orderedAt, total, status, shipBy (newest first when absent).
 */
public record OrderQuery(
        OrderStatus status,
        String channel,
        String warehouse,
        Instant from,
        Instant to,
        boolean heldOnly,
        String q,
        String sort) {}
