package io.storeops.inventory;

import io.storeops.catalog.SkuCode;
import java.time.Instant;

/** Raised once per crossing of a SKU below its safety stock; the notification centre delivers it (in-app, webhook). */
public record StockAlertRaised(long alertId, SkuCode skuCode, int threshold, int available, Instant at) {}
