package io.storeops.catalog;

import io.storeops.shared.Money;
import java.util.List;

/**
 * What pricing needs to know of a SKU: its list price and cost, and its category with every ancestor (so a promotion
 * scoped to a parent category covers it).
 *
 * @param categoryPath the SKU's category code first, then its parent's, up to the root
 */
public record SkuPricing(
        String skuCode,
        String title,
        Money listPrice,
        Money cost,
        String categoryCode,
        String categoryName,
        List<String> categoryPath) {}
