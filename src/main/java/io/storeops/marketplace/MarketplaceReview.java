package io.storeops.marketplace;

import java.time.Instant;

/** A buyer's review of one line of an order; {@code changeSeq} is its position in the shop's review feed. */
public record MarketplaceReview(
        String reviewId,
        String orderId,
        String skuCode,
        String itemCode,
        int rating,
        String content,
        Instant createdAt,
        long changeSeq) {}
