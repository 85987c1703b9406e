package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import io.storeops.orders.OrderMessage;
import io.storeops.shared.Message;
import java.util.Optional;
import java.util.Set;

/** The buyer's phone is on the blacklist. */
final class BlacklistedPhonePolicy implements HoldPolicy {

    private final Set<String> phones;

    BlacklistedPhonePolicy(Set<String> phones) {
        this.phones = phones;
    }

    @Override
    public Optional<HoldReason> check(OrderUnderReview order) {
        String phone = order.phone();
        if (phone == null || !phones.contains(phone)) {
            return Optional.empty();
        }
        return Optional.of(new HoldReason(
                HoldReason.Code.BLACKLISTED, Message.of(OrderMessage.HOLD_BLACKLISTED_PHONE, "phone", phone)));
    }
}
