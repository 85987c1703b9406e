package io.storeops.catalog;

import java.time.Instant;

/** A listing's title, price or images were edited; the channel adapters publish the change to the marketplace. */
public record ListingUpdated(long listingId, long productId, String channel, boolean priceChanged, Instant at) {}
