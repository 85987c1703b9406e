package io.storeops.inventory;

import java.time.Instant;

/** A SKU's safety-stock policy with its effective threshold and, for computed ones, when it was last computed. */
public record SafetyStockSetting(String skuCode, SafetyStockPolicy policy, int threshold, Instant computedAt) {}
