package io.storeops.catalog;

import io.storeops.shared.Money;

/** What other modules' reports need to know of a SKU: its product title, its cost and its category. */
public record SkuProfile(String skuCode, String title, Money cost, String categoryCode, String categoryName) {}
