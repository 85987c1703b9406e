package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The total is more than a factor times the buyer's average order, judged once the buyer has enough earlier orders;
 * with too little history, the total is above the limit for a new buyer's order.
 */
final class UnusualAmountPolicy implements HoldPolicy {

    private final int minHistoryOrders;
    private final BigDecimal factor;
    private final Money firstOrderLimit;

    UnusualAmountPolicy(int minHistoryOrders, BigDecimal factor, Money firstOrderLimit) {
        this.minHistoryOrders = minHistoryOrders;
        this.factor = factor;
        this.firstOrderLimit = firstOrderLimit;
    }

    @Override
    public Optional<HoldReason> check(OrderUnderReview order) {
        Money total = order.total();
        Money average = order.averageTotal();
        if (average != null && order.earlierOrders() >= minHistoryOrders) {
            if (!average.times(factor).isLessThan(total)) {
                return Optional.empty();
            }
            String times = factor.stripTrailingZeros().toPlainString();
            return Optional.of(new HoldReason(
                    HoldReason.Code.AMOUNT_UNUSUAL,
                    "金额 %s 超过该买家平均客单价 %s 的 %s 倍 / the amount %s is more than %s × the buyer's average %s"
                            .formatted(total, average, times, total, times, average)));
        }
        if (!firstOrderLimit.isLessThan(total)) {
            return Optional.empty();
        }
        return Optional.of(new HoldReason(
                HoldReason.Code.AMOUNT_UNUSUAL,
                "新买家订单金额 %s 超过 %s / a new buyer's order of %s exceeds %s"
                        .formatted(total, firstOrderLimit, total, firstOrderLimit)));
    }
}
