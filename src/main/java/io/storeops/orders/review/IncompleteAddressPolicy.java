package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import io.storeops.orders.OrderMessage;
import io.storeops.shared.Message;
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
        return Optional.of(
                new HoldReason(HoldReason.Code.ADDRESS_INCOMPLETE, Message.of(OrderMessage.HOLD_ADDRESS_INCOMPLETE)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
