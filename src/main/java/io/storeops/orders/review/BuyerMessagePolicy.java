package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import io.storeops.orders.OrderMessage;
import io.storeops.shared.Message;
import java.util.Optional;

/** The buyer left a message (often a special request) for a person to read. */
final class BuyerMessagePolicy implements HoldPolicy {

    @Override
    public Optional<HoldReason> check(OrderUnderReview order) {
        String message = order.order().buyerMessage();
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new HoldReason(
                HoldReason.Code.BUYER_MESSAGE, Message.of(OrderMessage.HOLD_BUYER_MESSAGE, "message", message)));
    }
}
