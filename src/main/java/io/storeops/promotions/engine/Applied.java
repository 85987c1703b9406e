package io.storeops.promotions.engine;

import io.storeops.shared.Message;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A promotion (by id) or coupon (by claim id) that was applied. {@code allocationByLine} (line id → fen, in cart
 * order) sums to {@code discountFen}.
 *
 * @param stage 1 item price, 2 multi-buy, 3 order level, 4 coupon
 */
public record Applied(
        String promotionOrCouponId,
        String name,
        int stage,
        long discountFen,
        Map<String, Long> allocationByLine,
        Message explanation) {

    public Applied {
        if (!(allocationByLine instanceof LineAmounts)) {
            allocationByLine = Collections.unmodifiableMap(new LinkedHashMap<>(allocationByLine));
        }
    }
}
