package io.storeops.inventory;

import io.storeops.catalog.SkuCode;
import java.util.Set;

/** Stock of these SKUs changed in a committed transaction; their available-to-sell must be pushed to the channels. */
public record StockChanged(Set<SkuCode> skuCodes) {}
