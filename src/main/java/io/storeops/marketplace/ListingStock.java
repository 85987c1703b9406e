package io.storeops.marketplace;

import java.time.Instant;

/** The stock the marketplace believes a listing has, with the sequence number of the push that set it. */
public record ListingStock(String skuCode, long quantity, long sequence, Instant updatedAt) {}
