package io.storeops.orders;

import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The automatic review rules (F4.2), configurable by the operations team.
 *
 * @param holdIncompleteAddress hold orders whose province, city or street address is missing or too short
 * @param suspiciousKeywords words in an address that make it suspicious (e.g. 测试, 自提); a phone that is not an
 *     11-digit mobile number is suspicious too
 * @param minHistoryOrders how many earlier orders a buyer needs before "far above usual" is judged
 * @param amountFactor hold when the total exceeds this many times the buyer's average order
 * @param firstOrderLimit hold a buyer's order above this total when the buyer has too little history to judge
 * @param holdOnBuyerMessage hold orders carrying a buyer message (often a special request) for a person to read
 * @param mergeWindowMinutes orders of the same buyer phone and address within this window ship together
 */
public record ReviewSettings(
        boolean holdIncompleteAddress,
        List<String> suspiciousKeywords,
        int minHistoryOrders,
        BigDecimal amountFactor,
        Money firstOrderLimit,
        boolean holdOnBuyerMessage,
        int mergeWindowMinutes) {

    public static final ReviewSettings DEFAULTS = new ReviewSettings(
            true, List.of("测试", "test", "自提", "无人", "xxx"), 3, new BigDecimal("5"), Money.of("5000.00"), false, 30);

    public ReviewSettings {
        suspiciousKeywords = suspiciousKeywords == null ? List.of() : List.copyOf(suspiciousKeywords);
    }
}
