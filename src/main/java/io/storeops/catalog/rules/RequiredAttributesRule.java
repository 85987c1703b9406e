package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.Violation;
import io.storeops.shared.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Every attribute the category requires (e.g. 材质 for clothing, 保质期 for food) is filled in, on the product or on
 * every one of its SKUs.
 */
final class RequiredAttributesRule implements ListingRule {

    @Override
    public int weight() {
        return 15;
    }

    @Override
    public List<Violation> check(ListingCandidate listing, ChannelRules rules) {
        List<Violation> violations = new ArrayList<>();
        for (String attribute : listing.requiredAttributes()) {
            if (!present(listing, attribute)) {
                violations.add(Violation.blocking(
                        "attributes." + attribute,
                        Message.of(ListingRuleMessage.MISSING_ATTRIBUTE, "attribute", attribute)));
            }
        }
        return violations;
    }

    private static boolean present(ListingCandidate listing, String attribute) {
        if (filled(listing.productAttributes().get(attribute))) {
            return true;
        }
        return !listing.skus().isEmpty()
                && listing.skus().stream()
                        .allMatch(sku -> filled(sku.attributes().get(attribute)));
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }
}
