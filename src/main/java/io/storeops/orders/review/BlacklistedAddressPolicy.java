package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import io.storeops.orders.OrderMessage;
import io.storeops.shared.Message;
import java.util.Optional;
import java.util.Set;

/** The delivery address, compared without spaces, is on the blacklist. */
final class BlacklistedAddressPolicy implements HoldPolicy {

    private final Set<String> addresses;

    BlacklistedAddressPolicy(Set<String> addresses) {
        this.addresses = addresses;
    }

    @Override
    public Optional<HoldReason> check(OrderUnderReview order) {
        if (order.address().isEmpty() || !addresses.contains(order.address())) {
            return Optional.empty();
        }
        return Optional.of(
                new HoldReason(HoldReason.Code.BLACKLISTED, Message.of(OrderMessage.HOLD_BLACKLISTED_ADDRESS)));
    }
}
