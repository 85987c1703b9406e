package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.Violation;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.util.Comparator;
import java.util.List;

/**
 * The listing price is set and not below the floor: the highest SKU cost × (1 + the channel's minimum margin). A
 * price above every SKU's list price is a warning (customers see a "discount" that is a mark-up).
 */
final class PriceGuardrailRule implements ListingRule {

    @Override
    public int weight() {
        return 15;
    }

    @Override
    public List<Violation> check(ListingCandidate listing, ChannelRules rules) {
        Money price = listing.price();
        if (price == null) {
            return List.of(Violation.blocking("price", Message.of(ListingRuleMessage.PRICE_MISSING)));
        }
        if (listing.skus().isEmpty()) {
            return List.of(Violation.blocking("skus", Message.of(ListingRuleMessage.NO_SKU)));
        }
        Money highestCost = listing.skus().stream()
                .map(ListingCandidate.SkuFacts::cost)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Money floor = rules.floorFor(highestCost);
        if (price.isLessThan(floor)) {
            return List.of(Violation.blocking(
                    "price",
                    Message.of(
                            ListingRuleMessage.PRICE_BELOW_FLOOR,
                            "price",
                            price,
                            "floor",
                            floor,
                            "cost",
                            highestCost,
                            "margin",
                            rules.minMarginPercent().stripTrailingZeros().toPlainString())));
        }
        Money highestListPrice = listing.skus().stream()
                .map(ListingCandidate.SkuFacts::listPrice)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        if (highestListPrice.isLessThan(price)) {
            return List.of(Violation.warning(
                    "price",
                    Message.of(ListingRuleMessage.PRICE_ABOVE_LIST, "price", price, "listPrice", highestListPrice)));
        }
        return List.of();
    }
}
