package io.storeops.orders;

import io.storeops.channels.ChannelOrder;
import io.storeops.orders.review.HoldPolicies;
import io.storeops.orders.review.HoldPolicy;
import io.storeops.orders.review.OrderUnderReview;
import io.storeops.shared.Money;
import io.storeops.shared.PhoneNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The automatic review (F4.2) as one pure function of an order and what is known about its buyer: every
 * {@link HoldPolicy} that fires adds a {@link HoldReason}; an order without reasons is approved.
 */
final class OrderReview {

    private OrderReview() {}

    /** What the rules need to know beyond the order. */
    record Context(
            ReviewSettings settings,
            Set<String> knownSkus,
            Blacklist blacklist,
            Map<String, BuyerHistory> historyByPhone) {}

    record Blacklist(Set<String> buyers, Set<String> phones, Set<String> addresses) {}

    /** A buyer's earlier orders: how many and their average total. */
    record BuyerHistory(int orders, Money averageTotal) {}

    /** Every hold reason the policies find for the order, in the policies' order; none means approved. */
    static List<HoldReason> review(ChannelOrder order, Money total, Context context) {
        String phone = phone(order);
        BuyerHistory history = phone == null ? null : context.historyByPhone().get(phone);
        var underReview = new OrderUnderReview(
                order,
                total,
                phone,
                normalisedAddress(order),
                history == null ? 0 : history.orders(),
                history == null ? null : history.averageTotal());
        var blacklist = context.blacklist();
        return HoldPolicies.of(
                        context.settings(),
                        context.knownSkus(),
                        blacklist.buyers(),
                        blacklist.phones(),
                        blacklist.addresses())
                .stream()
                .flatMap(policy -> policy.check(underReview).stream())
                .toList();
    }

    /** The order's buyer phone as it identifies the buyer (see {@link #buyerPhone}). */
    static String phone(ChannelOrder order) {
        return buyerPhone(order.buyer() == null ? null : order.buyer().phone());
    }

    /**
     * A buyer phone as it identifies the buyer across orders: E.164 ({@code +8613912345678}) when it is a valid number,
     * however it was spelled; otherwise (e.g. masked by the marketplace) as sent without spaces and invisible
     * characters, so review holds it as not a mobile number; {@code null} when there is none.
     */
    static String buyerPhone(String raw) {
        String cleaned = PhoneNumber.withoutInvisibles(raw);
        if (cleaned.isEmpty()) {
            return null;
        }
        return PhoneNumber.tryParse(cleaned).map(PhoneNumber::e164).orElse(cleaned);
    }

    /** Province, city, district and street address run together without spaces, for comparing addresses. */
    static String normalisedAddress(ChannelOrder order) {
        var a = order.address();
        if (a == null) {
            return "";
        }
        return (nz(a.province()) + nz(a.city()) + nz(a.district()) + nz(a.detail())).replaceAll("\\s+", "");
    }

    /** The average of totals, rounded half-up to the fen. */
    static Money average(BigDecimal sum, int count) {
        return Money.of(sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
