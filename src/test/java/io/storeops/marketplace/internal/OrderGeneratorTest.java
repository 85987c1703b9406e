package io.storeops.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.marketplace.MarketplaceItem.Status;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.MarketplaceReview;
import io.storeops.marketplace.ShopCredentials;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderGeneratorTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void neverSellsMoreThanTheShopHolds() {
        var shop = shop(7L, 0.3);
        shop.stock().apply("A-1", 3, 1);
        shop.stock().apply("B-1", 1, 1);
        shop.stock().apply("C-1", 0, 1);

        var orders = shop.buyers().generate(50);

        assertThat(orders).isNotEmpty().hasSizeLessThanOrEqualTo(4);
        assertThat(orders).flatMap(MarketplaceOrder::lines).allSatisfy(line -> {
            assertThat(line.quantity()).isBetween(1, 2);
            assertThat(line.skuCode()).isNotEqualTo("C-1");
        });
        int sold = orders.stream()
                .flatMap(o -> o.lines().stream())
                .mapToInt(MarketplaceOrder.Line::quantity)
                .sum();
        assertThat(sold).isEqualTo(4);
        assertThat(shop.stock().inStock()).isEmpty();
        assertThat(shop.buyers().generate(3)).isEmpty();
    }

    @Test
    void aSeedMakesTheOrdersReproducible() {
        var one = shop(42L, 0.5);
        var two = shop(42L, 0.5);
        for (var shop : List.of(one, two)) {
            shop.stock().apply("A-1", 500, 1);
            shop.stock().apply("B-1", 500, 1);
            shop.items().apply("A", "Cotton towel", new BigDecimal("39.90"), Status.ONSALE, List.of("A-1"), 1);
        }

        assertThat(one.buyers().generate(30)).isEqualTo(two.buyers().generate(30));
        assertThat(one.reviews().all()).isEqualTo(two.reviews().all());
    }

    @Test
    void generatesPlausibleBuyersAmountsAndReviews() {
        var shop = shop(2026L, 0.3);
        shop.stock().apply("HOM-BED-001-11", 100_000, 1);
        shop.stock().apply("ELE-EAR-002-01", 100_000, 1);
        shop.items()
                .apply("HOM-BED-001", "竹纤维枕头", new BigDecimal("129.00"), Status.ONSALE, List.of("HOM-BED-001-11"), 1);

        var orders = shop.buyers().generate(2000);

        assertThat(orders).hasSize(2000);
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.buyer().phone()).matches("1[358]\\d{9}");
            assertThat(order.buyer().name()).isNotBlank();
            assertThat(order.buyer().nick()).isNotBlank();
            assertThat(order.address().province()).isNotBlank();
            assertThat(order.address().city()).isNotBlank();
            assertThat(order.createdAt()).isBefore(order.paidAt());
            BigDecimal lines =
                    order.lines().stream().map(MarketplaceOrder.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(order.totalAmount()).isEqualByComparingTo(lines.add(order.shippingFee()));
            order.lines()
                    .forEach(line -> assertThat(line.amount())
                            .isEqualByComparingTo(line.unitPrice()
                                    .multiply(BigDecimal.valueOf(line.quantity()))
                                    .subtract(line.discount())));
        });
        long incomplete = orders.stream()
                .filter(o ->
                        o.address().district().isBlank() || o.address().detail().isBlank())
                .count();
        long messages = orders.stream().filter(o -> !o.buyerMessage().isBlank()).count();
        long discounted = orders.stream()
                .flatMap(o -> o.lines().stream())
                .filter(l -> l.discount().signum() > 0)
                .count();
        assertThat(incomplete).isBetween(15L, 80L);
        assertThat(messages).isBetween(25L, 110L);
        assertThat(discounted).isPositive();
        assertThat(orders)
                .flatMap(MarketplaceOrder::lines)
                .filteredOn(l -> l.skuCode().equals("HOM-BED-001-11"))
                .allSatisfy(l -> {
                    assertThat(l.unitPrice()).isEqualTo(new BigDecimal("129.00"));
                    assertThat(l.title()).isEqualTo("竹纤维枕头");
                });
        assertThat(orders)
                .flatMap(MarketplaceOrder::lines)
                .filteredOn(l -> l.skuCode().equals("ELE-EAR-002-01"))
                .allSatisfy(l -> assertThat(l.itemCode()).isEqualTo("ELE-EAR-002"));

        var reviews = shop.reviews().all();
        assertThat(reviews.size()).isBetween(500, 700);
        assertThat(reviews).allSatisfy(review -> {
            assertThat(review.rating()).isBetween(1, 5);
            assertThat(review.content()).isNotBlank();
            assertThat(shop.orders().find(review.orderId())).isPresent();
        });
        double average =
                reviews.stream().mapToInt(MarketplaceReview::rating).average().orElseThrow();
        assertThat(average).isBetween(3.8, 4.7);
        assertThat(reviews).extracting(MarketplaceReview::rating).contains(1, 2, 3, 4, 5);
    }

    @Test
    void theReviewCorpusLoads() {
        assertThat(ReviewSamples.size()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void orderIdsCarryTheShopPrefix() {
        assertThat(SimulatedShop.idPrefix("tmall-demo")).isEqualTo("TMALL");
        assertThat(SimulatedShop.idPrefix("jd")).isEqualTo("JD");
    }

    static SimulatedShop shop(long seed, double reviewProbability) {
        return new SimulatedShop(
                new ShopCredentials("gen-test", "gen-test-app", "secret"),
                100,
                CLOCK,
                System::nanoTime,
                0,
                reviewProbability,
                new Random(seed));
    }
}
