package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.Violation;
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
            return List.of(Violation.blocking("PRICE_MISSING", "price", "未设置渠道售价", "The channel price is not set"));
        }
        if (listing.skus().isEmpty()) {
            return List.of(Violation.blocking("NO_SKU", "skus", "商品没有 SKU", "The product has no SKU"));
        }
        Money highestCost = listing.skus().stream()
                .map(ListingCandidate.SkuFacts::cost)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Money floor = rules.floorFor(highestCost);
        if (price.isLessThan(floor)) {
            return List.of(Violation.blocking(
                    "PRICE_BELOW_FLOOR",
                    "price",
                    "售价 %s 低于底价 %s（成本 %s × (1 + 最低毛利 %s%%)）"
                            .formatted(
                                    price,
                                    floor,
                                    highestCost,
                                    rules.minMarginPercent()
                                            .stripTrailingZeros()
                                            .toPlainString()),
                    "Price %s is below the floor %s (cost %s × (1 + minimum margin %s%%))"
                            .formatted(
                                    price,
                                    floor,
                                    highestCost,
                                    rules.minMarginPercent()
                                            .stripTrailingZeros()
                                            .toPlainString())));
        }
        Money highestListPrice = listing.skus().stream()
                .map(ListingCandidate.SkuFacts::listPrice)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        if (highestListPrice.isLessThan(price)) {
            return List.of(Violation.warning(
                    "PRICE_ABOVE_LIST",
                    "price",
                    "售价 %s 高于吊牌价 %s".formatted(price, highestListPrice),
                    "Price %s is above the list price %s".formatted(price, highestListPrice)));
        }
        return List.of();
    }
}
