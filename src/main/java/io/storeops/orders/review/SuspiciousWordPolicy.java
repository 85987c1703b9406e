package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import io.storeops.orders.OrderMessage;
import io.storeops.shared.Message;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The address contains one of the team's suspicious words (e.g. 测试, 自提), compared ignoring case. */
final class SuspiciousWordPolicy implements HoldPolicy {

    private final List<String> keywords;

    SuspiciousWordPolicy(List<String> keywords) {
        this.keywords = keywords;
    }

    @Override
    public Optional<HoldReason> check(OrderUnderReview order) {
        String address = order.address().toLowerCase(Locale.ROOT);
        return keywords.stream()
                .filter(k -> !k.isBlank() && address.contains(k.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(keyword -> new HoldReason(
                        HoldReason.Code.ADDRESS_SUSPICIOUS,
                        Message.of(OrderMessage.HOLD_SUSPICIOUS_WORD, "word", keyword)));
    }
}
