package io.storeops.promotions.engine;

/** A 满赠 gift added to the order at ¥0. */
public record GiftLine(String skuCode, int quantity, String promotionId) {}
