package io.storeops.inventory;

import java.util.Set;

/** Stock of these SKUs changed in a committed transaction; their available-to-sell must be pushed to the channels. */
public record StockChanged(Set<String> skuCodes) {}
