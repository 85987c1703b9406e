package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
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
                        "地址含可疑词“%s” / the address contains the suspicious word \"%s\"".formatted(keyword, keyword)));
    }
}
