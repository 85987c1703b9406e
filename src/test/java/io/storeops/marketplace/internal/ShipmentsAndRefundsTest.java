package io.storeops.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.MarketplaceShipment;
import io.storeops.marketplace.OrderRequest;
import io.storeops.marketplace.ShopCredentials;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShipmentsAndRefundsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T17:00:00Z"), ZoneOffset.UTC);

    final SimulatedShop shop = new SimulatedShop(
            new ShopCredentials("ship-test", "ship-test-app", "secret"),
            100,
            CLOCK,
            System::nanoTime,
            0,
            0,
            new Random(1),
            Duration.ofSeconds(20),
            0,
            new Random(2));

    MarketplaceOrder order(int quantity) {
        shop.stock().apply("SKU-1", 100, 1);
        return shop.placeOrder(
                OrderRequest.of(new OrderRequest.Line("SKU-1", quantity, new BigDecimal("10.00"), null)));
    }

    @Test
    void concurrentRepeatsOfAShipmentShipOnceAndHandOneParcelToTheCarrier() throws Exception {
        var order = order(2);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = IntStream.range(0, 16)
                    .mapToObj(i -> (Callable<OrderBook.Shipped>)
                            () -> shop.ship(order.orderId(), "S-1", "SF", "SF0000000001", List.of()))
                    .toList();
            var results = pool.invokeAll(tasks);
            long created = 0;
            for (var result : results) {
                if (result.get().created()) {
                    created++;
                }
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(shop.orders().shipments())
                .singleElement()
                .satisfies(s -> assertThat(s.lines()).containsExactly(new MarketplaceShipment.Line("SKU-1", 2)));
        assertThat(shop.parcels().events("SF0000000001")).hasSize(1);
        assertThat(shop.orders().find(order.orderId()).orElseThrow().status())
                .isEqualTo(MarketplaceOrder.Status.SHIPPED);
    }

    @Test
    void aRefundIdOfAnotherOrderIsRefused() {
        var first = order(1);
        var second = order(1);
        assertThat(shop.refund(first.orderId(), "R-1", new BigDecimal("5.00"), null)
                        .created())
                .isTrue();
        assertThat(shop.refund(first.orderId(), "R-1", new BigDecimal("5.00"), null)
                        .created())
                .isFalse();
        assertThatThrownBy(() -> shop.refund(second.orderId(), "R-1", new BigDecimal("5.00"), null))
                .isInstanceOfSatisfying(
                        MarketplaceException.class, e -> assertThat(e.code()).isEqualTo("refund-id-taken"));
        assertThatThrownBy(() -> shop.refund(first.orderId(), "R-2", new BigDecimal("5.01"), null))
                .isInstanceOfSatisfying(
                        MarketplaceException.class, e -> assertThat(e.code()).isEqualTo("refund-exceeds-paid"));
        assertThatThrownBy(() -> shop.refund(first.orderId(), "R-3", new BigDecimal("1.001"), null))
                .isInstanceOfSatisfying(
                        MarketplaceException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
