package io.storeops.inventory;

import java.time.Instant;

/** Stock of one SKU in one warehouse. */
public record StockLevel(
        String skuCode,
        String warehouse,
        String warehouseName,
        int onHand,
        int reserved,
        int available,
        Instant updatedAt) {}
