package io.storeops.orders;

import io.storeops.shared.Money;

/**
 * When a refund is paid at once, before the parcel is back (极速退款, F4.7): the policy is on, the amount is at most
 * {@code maxAmount}, the buyer has at least {@code minDeliveredOrders} orders delivered before, at most
 * {@code maxRefundsIn90Days} refunds in the last 90 days, and no risk flag (blacklisted, the order was held by review).
 * Everything else waits for a person.
 */
public record FastRefundPolicy(boolean enabled, Money maxAmount, int minDeliveredOrders, int maxRefundsIn90Days) {

    public static final FastRefundPolicy DEFAULTS = new FastRefundPolicy(true, Money.of("200.00"), 1, 2);
}
