package io.storeops.catalog;

import io.storeops.shared.Money;
import java.time.Instant;
import java.util.List;

/** A product as a row of the product list, with its per-channel listing badges. */
public record ProductSummary(
        long id,
        String spuCode,
        String title,
        long categoryId,
        String categoryName,
        String brand,
        String mainImage,
        Money minPrice,
        Money maxPrice,
        int skuCount,
        Instant updatedAt,
        List<ListingBadge> listings) {

    /** The state of the product on one channel. */
    public record ListingBadge(long id, String channel, ListingStatus status, int score, int blocking) {}
}
