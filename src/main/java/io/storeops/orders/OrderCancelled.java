package io.storeops.orders;

/** The order was cancelled (by the channel or a person); its reservations, if any, were released. */
public record OrderCancelled(OrderId orderId, String orderNo, String reason, boolean stockReleased) {}
