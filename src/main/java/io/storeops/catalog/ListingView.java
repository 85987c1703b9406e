package io.storeops.catalog;

import io.storeops.shared.Money;
import java.time.Instant;
import java.util.List;

/** A product's listing on one channel with its completeness score and violations as last evaluated. */
public record ListingView(
        long id,
        long productId,
        String spuCode,
        String productTitle,
        String channel,
        String title,
        Money price,
        List<String> images,
        ListingStatus status,
        int score,
        List<Violation> violations,
        int version,
        Instant updatedAt) {}
