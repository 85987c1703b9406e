package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import io.storeops.orders.OrderMessage;
import io.storeops.shared.Message;
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
                    Message.of(
                            OrderMessage.HOLD_AMOUNT_ABOVE_AVERAGE,
                            "total",
                            total,
                            "average",
                            average,
                            "factor",
                            times)));
        }
        if (!firstOrderLimit.isLessThan(total)) {
            return Optional.empty();
        }
        return Optional.of(new HoldReason(
                HoldReason.Code.AMOUNT_UNUSUAL,
                Message.of(OrderMessage.HOLD_NEW_BUYER_AMOUNT, "total", total, "limit", firstOrderLimit)));
    }
}
