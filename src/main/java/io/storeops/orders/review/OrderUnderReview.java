package io.storeops.orders.review;

import io.storeops.channels.ChannelOrder;
import io.storeops.shared.Money;

/**
 * An order as the hold policies judge it, with what is known about its buyer.
 *
 * @param total the order's total as StoreOps computed it
 * @param phone the buyer phone as it identifies the buyer across orders, {@code null} when there is none
 * @param address province, city, district and street run together without spaces, empty when there is no address
 * @param earlierOrders how many earlier orders of this buyer StoreOps knows
 * @param averageTotal the average total of those orders, {@code null} when none are known
 */
public record OrderUnderReview(
        ChannelOrder order, Money total, String phone, String address, int earlierOrders, Money averageTotal) {

    /** The buyer's nick on the channel, {@code null} when the channel sent no buyer. */
    String buyerNick() {
        return order.buyer() == null ? null : order.buyer().nick();
    }
}
