package io.storeops.catalog;

import java.time.Instant;

/** A listing moved to another status (e.g. to LISTED); the channel adapters publish it to the marketplace. */
public record ListingStatusChanged(
        long listingId, long productId, String channel, ListingStatus from, ListingStatus to, Instant at) {}
