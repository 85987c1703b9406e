package io.storeops.promotions.engine;

import io.storeops.shared.Message;

/** A promotion or coupon (by claim id) that concerns the cart but was not applied, with the reason. */
public record NotApplied(String id, String name, Message reason) {}
