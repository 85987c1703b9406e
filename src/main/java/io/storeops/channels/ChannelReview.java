package io.storeops.channels;

import java.time.Instant;

/** A buyer's review of one SKU of an order, as the channel delivered it (F3.1); rating 1 to 5 stars. */
public record ChannelReview(
        String channel,
        String externalId,
        String orderExternalId,
        String skuCode,
        String itemCode,
        int rating,
        String content,
        Instant createdAt) {}
