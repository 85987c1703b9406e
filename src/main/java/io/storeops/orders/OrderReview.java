package io.storeops.orders;

import io.storeops.channels.ChannelOrder;
import io.storeops.shared.Money;
import io.storeops.shared.PhoneNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The automatic review rules (F4.2) as one pure function of an order and what is known about its buyer: every rule
 * that fires adds a {@link HoldReason}; an order without reasons is approved. Rules: incomplete address, suspicious
 * address or phone, an amount far above the buyer's usual (or high for a buyer without history), a blacklisted
 * buyer, phone or address, a SKU StoreOps does not know, and optionally a buyer message.
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

    static List<HoldReason> review(ChannelOrder order, Money total, Context context) {
        ReviewSettings settings = context.settings();
        List<HoldReason> reasons = new ArrayList<>();
        var address = order.address();
        String detail = address == null ? null : address.detail();
        if (settings.holdIncompleteAddress()
                && (address == null
                        || blank(address.province())
                        || blank(address.city())
                        || blank(detail)
                        || detail.strip().length() < 5)) {
            reasons.add(new HoldReason(
                    HoldReason.Code.ADDRESS_INCOMPLETE, "收货地址不完整（省/市/详细地址）/ the delivery address is incomplete"));
        }
        String fullAddress = normalisedAddress(order);
        String keyword = settings.suspiciousKeywords().stream()
                .filter(k ->
                        !k.isBlank() && fullAddress.toLowerCase(Locale.ROOT).contains(k.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
        if (keyword != null) {
            reasons.add(new HoldReason(
                    HoldReason.Code.ADDRESS_SUSPICIOUS,
                    "地址含可疑词“%s” / the address contains the suspicious word \"%s\"".formatted(keyword, keyword)));
        }
        String phone = phone(order);
        if (phone == null
                || !PhoneNumber.tryParse(phone).map(PhoneNumber::isMobile).orElse(false)) {
            reasons.add(new HoldReason(
                    HoldReason.Code.ADDRESS_SUSPICIOUS,
                    "手机号无效：%s / the phone number is not a valid mobile number: %s"
                            .formatted(phone == null ? "（无）" : phone, phone == null ? "(none)" : phone)));
        }
        BuyerHistory history = phone == null ? null : context.historyByPhone().get(phone);
        if (history != null && history.orders() >= settings.minHistoryOrders()) {
            Money limit = history.averageTotal().times(settings.amountFactor());
            if (limit.isLessThan(total)) {
                reasons.add(new HoldReason(
                        HoldReason.Code.AMOUNT_UNUSUAL,
                        "金额 %s 超过该买家平均客单价 %s 的 %s 倍 / the amount %s is more than %s × the buyer's average %s"
                                .formatted(
                                        total,
                                        history.averageTotal(),
                                        settings.amountFactor()
                                                .stripTrailingZeros()
                                                .toPlainString(),
                                        total,
                                        settings.amountFactor()
                                                .stripTrailingZeros()
                                                .toPlainString(),
                                        history.averageTotal())));
            }
        } else if (settings.firstOrderLimit().isLessThan(total)) {
            reasons.add(new HoldReason(
                    HoldReason.Code.AMOUNT_UNUSUAL,
                    "新买家订单金额 %s 超过 %s / a new buyer's order of %s exceeds %s"
                            .formatted(total, settings.firstOrderLimit(), total, settings.firstOrderLimit())));
        }
        var blacklist = context.blacklist();
        String nick = order.buyer() == null ? null : order.buyer().nick();
        if (nick != null && blacklist.buyers().contains(nick)) {
            reasons.add(new HoldReason(
                    HoldReason.Code.BLACKLISTED, "买家在黑名单：%s / blacklisted buyer %s".formatted(nick, nick)));
        }
        if (phone != null && blacklist.phones().contains(phone)) {
            reasons.add(new HoldReason(
                    HoldReason.Code.BLACKLISTED, "手机号在黑名单：%s / blacklisted phone %s".formatted(phone, phone)));
        }
        if (!fullAddress.isEmpty() && blacklist.addresses().contains(fullAddress)) {
            reasons.add(new HoldReason(HoldReason.Code.BLACKLISTED, "收货地址在黑名单 / blacklisted address"));
        }
        List<String> unknown = order.lines().stream()
                .map(ChannelOrder.Line::skuCode)
                .filter(sku -> !context.knownSkus().contains(sku))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            String skus = String.join(", ", unknown);
            reasons.add(new HoldReason(
                    HoldReason.Code.SKU_UNMAPPED, "未匹配的 SKU：%s / SKUs not in the catalog: %s".formatted(skus, skus)));
        }
        if (settings.holdOnBuyerMessage() && !blank(order.buyerMessage())) {
            reasons.add(new HoldReason(
                    HoldReason.Code.BUYER_MESSAGE,
                    "买家留言待处理：%s / a buyer message to read: %s".formatted(order.buyerMessage(), order.buyerMessage())));
        }
        return reasons;
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

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
