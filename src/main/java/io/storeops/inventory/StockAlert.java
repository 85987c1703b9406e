package io.storeops.inventory;

import java.time.Instant;

/** A SKU's available stock fell below its safety stock; open until it recovers. */
public record StockAlert(
        long id,
        String skuCode,
        int threshold,
        int availableAtRaise,
        Instant raisedAt,
        Instant resolvedAt,
        Integer availableAtResolve,
        String acknowledgedBy,
        Instant acknowledgedAt) {}
