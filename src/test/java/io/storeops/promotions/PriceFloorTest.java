package io.storeops.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.catalog.SkuPricing;
import io.storeops.promotions.engine.Promotion;
import io.storeops.promotions.engine.Rule;
import io.storeops.promotions.engine.Scope;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriceFloorTest {

    private static final Instant FROM = Instant.parse("2026-06-18T00:00:00Z");
    private static final Instant TO = FROM.plusSeconds(86_400);

    /** ¥100.00 list, ¥60.00 cost, in 杯子 (mugs) under 家居 (home). */
    private static final SkuPricing MUG = new SkuPricing(
            "MUG",
            "马克杯",
            new Money(new BigDecimal("100.00")),
            new Money(new BigDecimal("60.00")),
            "mugs",
            "杯子",
            List.of("mugs", "home"));

    @Test
    void theFloorIsCostTimesOnePlusTheMarginOfTheNearestCategoryOrTheDefault() {
        assertThat(PriceFloor.floorFen(MUG, Map.of("*", new BigDecimal("0.05"))))
                .isEqualTo(6300);
        assertThat(PriceFloor.floorFen(MUG, Map.of("*", new BigDecimal("0.05"), "home", new BigDecimal("0.15"))))
                .isEqualTo(6900);
        assertThat(PriceFloor.floorFen(MUG, Map.of("home", new BigDecimal("0.15"), "mugs", new BigDecimal("0.1236"))))
                .as("the nearest category, rounded to the fen")
                .isEqualTo(6742);
    }

    @Test
    void withoutAPromotionTheLowestPriceIsTheListPrice() {
        var lowest = search().of(MUG, List.of());

        assertThat(lowest.unitFen()).isEqualTo(10000);
        assertThat(lowest.explanation()).isEqualTo(Message.of(PromotionsMessage.NO_PROMOTION_LIST_PRICE));
    }

    @Test
    void aMultiBuyIsReachedByBuyingItsGroupAndExplainedByThatCart() {
        Promotion twoFor8 =
                new Promotion("P1", "家居2件8折", Scope.categories("home"), FROM, TO, 0, null, new Rule.NForM(2, 8000));

        var lowest = search().of(MUG, List.of(twoFor8));

        assertThat(lowest.unitFen()).isEqualTo(8000);
        assertThat(lowest.explanation())
                .isEqualTo(Message.of(
                        PromotionsMessage.LOWEST_CART,
                        "quantity",
                        2,
                        "from",
                        FROM.toString(),
                        "applied",
                        List.of("家居2件8折")));
    }

    private static LowestPrice search() {
        return new LowestPrice(Map.of("MUG", MUG), List.of(), FROM, TO, Set.of());
    }
}
