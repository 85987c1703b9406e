package io.storeops.marketplace;

/** A buyer reviewing one SKU of one of their orders; {@code rating} 1..5, {@code content} 1..500 characters. */
public record ReviewRequest(String orderId, String skuCode, int rating, String content) {}
