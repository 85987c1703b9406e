package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import io.storeops.orders.OrderMessage;
import io.storeops.shared.Message;
import io.storeops.shared.PhoneNumber;
import java.util.Optional;

/** The buyer has no phone, or one that is not a valid mobile number (e.g. masked by the marketplace). */
final class InvalidPhonePolicy implements HoldPolicy {

    @Override
    public Optional<HoldReason> check(OrderUnderReview order) {
        String phone = order.phone();
        if (phone != null
                && PhoneNumber.tryParse(phone).map(PhoneNumber::isMobile).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(new HoldReason(
                HoldReason.Code.ADDRESS_SUSPICIOUS,
                phone == null
                        ? Message.of(OrderMessage.HOLD_PHONE_MISSING)
                        : Message.of(OrderMessage.HOLD_PHONE_INVALID, "phone", phone)));
    }
}
