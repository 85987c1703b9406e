package io.storeops.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.marketplace.MarketplaceItem.Status;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.OrderRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderBookTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T17:00:00Z"), ZoneOffset.UTC);
    static final MarketplaceOrder.Buyer BUYER = new MarketplaceOrder.Buyer("小猫爱吃鱼", "王芳", "13812345678");
    static final MarketplaceOrder.Address ADDRESS = new MarketplaceOrder.Address("浙江省", "杭州市", "西湖区", "文化路123号4栋502");

    final StockBook stock = new StockBook(CLOCK);
    final ItemBook items = new ItemBook(CLOCK);
    final OrderBook orders = new OrderBook("TMALL", CLOCK, stock, items);

    @Test
    void placingTakesStockAndPricesTheLines() {
        stock.apply("HOM-BED-001-11", 10, 7);
        stock.apply("OTHER-9", 5, 1);
        items.apply(
                "HOM-BED-001", "Bamboo pillow", new BigDecimal("129.00"), Status.ONSALE, List.of("HOM-BED-001-11"), 1);

        var order = orders.place(
                new OrderRequest(
                        List.of(
                                new OrderRequest.Line("HOM-BED-001-11", 2, new BigDecimal("1.00"), new BigDecimal("8")),
                                new OrderRequest.Line("OTHER-9", 1, new BigDecimal("15.5"), null)),
                        BUYER,
                        ADDRESS,
                        null,
                        new BigDecimal("6"),
                        null),
                null);

        // 2026-11-25T17:00Z is already the 26th in Shanghai
        assertThat(order.orderId()).isEqualTo("TMALL20261126000001");
        assertThat(order.status()).isEqualTo(MarketplaceOrder.Status.PAID);
        assertThat(order.paymentMethod()).isEqualTo(MarketplaceOrder.PaymentMethod.ALIPAY);
        var first = order.lines().get(0);
        assertThat(first.lineId()).isEqualTo("TMALL20261126000001-1");
        assertThat(first.itemCode()).isEqualTo("HOM-BED-001");
        assertThat(first.title()).isEqualTo("Bamboo pillow");
        assertThat(first.unitPrice()).isEqualTo(new BigDecimal("129.00"));
        assertThat(first.discount()).isEqualTo(new BigDecimal("8.00"));
        assertThat(first.amount()).isEqualTo(new BigDecimal("250.00"));
        var second = order.lines().get(1);
        assertThat(second.itemCode()).isEqualTo("OTHER");
        assertThat(second.title()).isEqualTo("OTHER-9");
        assertThat(second.unitPrice()).isEqualTo(new BigDecimal("15.50"));
        assertThat(order.shippingFee()).isEqualTo(new BigDecimal("6.00"));
        assertThat(order.totalAmount()).isEqualTo(new BigDecimal("271.50"));
        assertThat(order.buyerMessage()).isEmpty();
        assertThat(stock.find("HOM-BED-001-11").orElseThrow().quantity()).isEqualTo(8);
        assertThat(stock.find("HOM-BED-001-11").orElseThrow().sequence()).isEqualTo(7);
        assertThat(stock.find("OTHER-9").orElseThrow().quantity()).isEqualTo(4);
    }

    @Test
    void unknownAndOffShelfItemsFallBackToTheGivenPriceThen99() {
        stock.apply("A-1", 5, 1);
        items.apply("A", "A item", new BigDecimal("5.00"), Status.OFFSHELF, List.of("A-1"), 1);

        var given = orders.place(request(new OrderRequest.Line("A-1", 1, new BigDecimal("12.30"), null)), null);
        var fallback = orders.place(request(OrderRequest.Line.of("A-1", 1)), null);

        assertThat(given.lines().getFirst().unitPrice()).isEqualTo(new BigDecimal("12.30"));
        assertThat(given.lines().getFirst().title()).isEqualTo("A item");
        assertThat(fallback.lines().getFirst().unitPrice()).isEqualTo(new BigDecimal("99.00"));
    }

    @Test
    void refusesToOversellAndTakesNothingThen() {
        stock.apply("A-1", 3, 1);
        stock.apply("B-1", 1, 1);

        assertThatThrownBy(() ->
                        orders.place(request(OrderRequest.Line.of("A-1", 2), OrderRequest.Line.of("B-1", 2)), null))
                .isInstanceOfSatisfying(MarketplaceException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("insufficient-stock");
                    assertThat(e.getMessage()).contains("B-1");
                });
        assertThatThrownBy(() -> orders.place(request(OrderRequest.Line.of("NO-STOCK-1", 1)), null))
                .isInstanceOfSatisfying(
                        MarketplaceException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(stock.find("A-1").orElseThrow().quantity()).isEqualTo(3);
        assertThat(stock.find("B-1").orElseThrow().quantity()).isEqualTo(1);
        assertThat(orders.all()).isEmpty();
    }

    @Test
    void namesTheBadField() {
        stock.apply("A-1", 3, 1);

        assertThatThrownBy(() -> orders.place(
                        request(
                                OrderRequest.Line.of("A-1", 1),
                                new OrderRequest.Line("A-1", 1, new BigDecimal("1.234"), null)),
                        null))
                .hasMessage("lines[1].unitPrice must have at most 2 decimals");
        assertThatThrownBy(() -> orders.place(request(OrderRequest.Line.of("A-1", 0)), null))
                .hasMessageStartingWith("lines[0].quantity");
        assertThatThrownBy(() -> orders.place(
                        request(new OrderRequest.Line("A-1", 1, new BigDecimal("5"), new BigDecimal("6"))), null))
                .hasMessageStartingWith("lines[0].discount");
    }

    @Test
    void cancellingGivesTheStockBackAndMovesTheOrderInTheFeed() {
        stock.apply("A-1", 5, 1);
        var first = orders.place(request(OrderRequest.Line.of("A-1", 2)), null);
        var second = orders.place(request(OrderRequest.Line.of("A-1", 1)), null);

        var cancelled = orders.cancel(first.orderId());

        assertThat(cancelled.status()).isEqualTo(MarketplaceOrder.Status.CANCELLED);
        assertThat(cancelled.changeSeq()).isGreaterThan(second.changeSeq());
        assertThat(stock.find("A-1").orElseThrow().quantity()).isEqualTo(4);
        assertThat(orders.all())
                .extracting(MarketplaceOrder::orderId)
                .containsExactly(second.orderId(), first.orderId());
        assertThatThrownBy(() -> orders.cancel(first.orderId()))
                .isInstanceOfSatisfying(
                        MarketplaceException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> orders.cancel("NOPE"))
                .isInstanceOfSatisfying(
                        MarketplaceException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(stock.find("A-1").orElseThrow().quantity()).isEqualTo(4);
    }

    @Test
    void pagesTheFeedByCursor() {
        stock.apply("A-1", 100, 1);
        var placed = new ArrayList<MarketplaceOrder>();
        for (int i = 0; i < 5; i++) {
            placed.add(orders.place(request(OrderRequest.Line.of("A-1", 1)), null));
        }

        var first = orders.page(0, 2);
        var second = orders.page(first.nextCursor(), 2);
        var third = orders.page(second.nextCursor(), 2);
        var empty = orders.page(third.nextCursor(), 2);

        assertThat(first.entries()).containsExactly(placed.get(0), placed.get(1));
        assertThat(first.hasMore()).isTrue();
        assertThat(second.entries()).containsExactly(placed.get(2), placed.get(3));
        assertThat(third.entries()).containsExactly(placed.get(4));
        assertThat(third.hasMore()).isFalse();
        assertThat(empty.entries()).isEmpty();
        assertThat(empty.nextCursor()).isEqualTo(third.nextCursor());
        assertThat(empty.hasMore()).isFalse();
    }

    @Test
    void concurrentBuyersNeverOversell() throws Exception {
        stock.apply("HOT-1", 10, 1);
        var pool = Executors.newFixedThreadPool(32);
        var start = new CountDownLatch(1);
        var placed = new ConcurrentLinkedQueue<MarketplaceOrder>();
        var refused = new AtomicInteger();
        try {
            for (int i = 0; i < 32; i++) {
                pool.submit(() -> {
                    start.await();
                    try {
                        placed.add(orders.place(request(OrderRequest.Line.of("HOT-1", 1)), null));
                    } catch (MarketplaceException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                });
            }
            start.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(placed).hasSize(10);
        assertThat(refused).hasValue(22);
        assertThat(stock.find("HOT-1").orElseThrow().quantity()).isZero();
        assertThat(placed).extracting(MarketplaceOrder::orderId).doesNotHaveDuplicates();
        assertThat(placed).extracting(MarketplaceOrder::changeSeq).doesNotHaveDuplicates();
    }

    static OrderRequest request(OrderRequest.Line... lines) {
        return new OrderRequest(List.of(lines), BUYER, ADDRESS, null, null, null);
    }
}
