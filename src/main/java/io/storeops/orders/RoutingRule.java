package io.storeops.orders;

import java.math.BigDecimal;

/** For buyers in {@code province}: use {@code warehouse} with this priority (lower first) and parcel cost. */
public record RoutingRule(String province, String warehouse, int priority, BigDecimal cost) {}
