package io.storeops.orders;

/** No combination of warehouses can serve the order now; it is retried when stock arrives. */
public record OrderAwaitingStock(long orderId, String orderNo) {}
