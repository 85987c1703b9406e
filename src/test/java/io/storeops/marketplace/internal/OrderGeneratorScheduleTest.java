package io.storeops.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderGeneratorScheduleTest {

    @Test
    void buyersOfAShopWithAnOrderRatePlaceOrdersOnTheirOwn() {
        var registry = new ShopRegistry(new MarketplaceProperties(
                true,
                50,
                List.of(
                        new MarketplaceProperties.Shop("busy", "busy-app", "secret", null, 600, 0.0),
                        new MarketplaceProperties.Shop("quiet", "quiet-app", "secret", null, null, null)),
                1L));
        var busy = registry.require("busy");
        var quiet = registry.require("quiet");
        busy.stock().apply("A-1", 1000, 1);
        quiet.stock().apply("A-1", 1000, 1);
        var schedule = new OrderGeneratorSchedule(registry);

        schedule.start();
        try {
            assertThat(schedule.isRunning()).isTrue();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(busy.orders().all()).hasSizeGreaterThanOrEqualTo(5));
        } finally {
            schedule.stop();
        }

        assertThat(schedule.isRunning()).isFalse();
        assertThat(quiet.orders().all()).isEmpty();
        assertThat(busy.reviews().all()).isEmpty();
    }

    @Test
    void shopSettingsDefaultToNoOrdersAndAThirdReviewed() {
        var shop = new MarketplaceProperties.Shop("s", "s-app", null, null, null, null);

        assertThat(shop.orderRatePerMinute()).isZero();
        assertThat(shop.reviewProbability()).isEqualTo(0.3);
    }
}
