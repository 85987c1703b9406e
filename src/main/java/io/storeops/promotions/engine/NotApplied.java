package io.storeops.promotions.engine;

/** A promotion or coupon (by claim id) that concerns the cart but was not applied, with a bilingual reason. */
public record NotApplied(String id, String name, String reason) {}
