package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import io.storeops.orders.OrderMessage;
import io.storeops.shared.Message;
import java.util.Optional;
import java.util.Set;

/** The buyer's nick on the channel is on the blacklist. */
final class BlacklistedBuyerPolicy implements HoldPolicy {

    private final Set<String> nicks;

    BlacklistedBuyerPolicy(Set<String> nicks) {
        this.nicks = nicks;
    }

    @Override
    public Optional<HoldReason> check(OrderUnderReview order) {
        String nick = order.buyerNick();
        if (nick == null || !nicks.contains(nick)) {
            return Optional.empty();
        }
        return Optional.of(new HoldReason(
                HoldReason.Code.BLACKLISTED, Message.of(OrderMessage.HOLD_BLACKLISTED_BUYER, "nick", nick)));
    }
}
