package io.storeops.orders;

/** Units of a SKU reserved for an order in one warehouse. */
public record Allocation(String skuCode, String warehouse, int quantity) {}
