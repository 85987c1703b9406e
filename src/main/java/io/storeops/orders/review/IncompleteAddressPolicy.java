package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import java.util.Optional;

/** The delivery address lacks a province, a city or a street address of at least five characters. */
final class IncompleteAddressPolicy implements HoldPolicy {

    private static final int MIN_DETAIL_LENGTH = 5;

    @Override
    public Optional<HoldReason> check(OrderUnderReview order) {
        var address = order.order().address();
        if (address != null
                && !blank(address.province())
                && !blank(address.city())
                && !blank(address.detail())
                && address.detail().strip().length() >= MIN_DETAIL_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new HoldReason(
                HoldReason.Code.ADDRESS_INCOMPLETE, "收货地址不完整（省/市/详细地址）/ the delivery address is incomplete"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
