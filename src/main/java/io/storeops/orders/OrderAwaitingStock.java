package io.storeops.orders;

/** No combination of warehouses can serve the order now; it is retried when stock arrives. */
public record OrderAwaitingStock(OrderId orderId, String orderNo) {}
