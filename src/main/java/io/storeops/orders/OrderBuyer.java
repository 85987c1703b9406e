package io.storeops.orders;

/**
 * An order's buyer as other modules may see it: the normalised phone identifies a buyer across orders. {@code
 * transaction} is the id of the transaction that stored the order; with the order id it is the order's position for
 * {@link Orders#buyersAfter}.
 */
public record OrderBuyer(OrderId orderId, long transaction, String buyerPhone, OrderStatus status) {}
