package io.storeops.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.channels.ChannelOrder;
import io.storeops.orders.OrderIngestion;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 下单返券 with orders committing out of id order: order ids are taken before commit, so a batch with lower ids can
 * commit after one with higher ids. The job must not pass over the late one.
 */
@IntegrationTest
class CouponAutoIssueTest {

    @LocalServerPort
    int port;

    @Autowired
    OrderIngestion ingestion;

    @Autowired
    CouponAutoIssue autoIssue;

    @Autowired
    Coupons coupons;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anOrderCommittedAfterAHigherNumberedOneStillEarnsItsCoupon() throws Exception {
        var admin = ApiClient.admin(port);
        // the cursor first passes every order already stored (the demo store's, on a fresh database), which must not
        // earn this template's coupons
        while (transactions.execute(status -> autoIssue.issueOneBatch()) > 0) {
            // next batch
        }
        // scoped to JD, where the orders are placed (other tests price on channels of their own), and paused after
        CouponTemplateId template = coupons.create(new Coupons.TemplateRequest(
                        ApiClient.unique("返券 "),
                        "SHOP",
                        new ScopeSpec(true, List.of(), List.of(), List.of("JD"), List.of()),
                        BigDecimal.ZERO,
                        new BigDecimal("5.00"),
                        null,
                        null,
                        null,
                        null,
                        30,
                        1_000,
                        100,
                        true,
                        null))
                .templateId();
        coupons.activate(template);
        try {
            twoOrdersCommittingOutOfIdOrder(admin);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                autoIssue.run();
                var claims = coupons.claims(null, template, null, 0, 10);
                Set<String> buyers = new HashSet<>();
                claims.items().forEach(c -> buyers.add(c.customerId()));
                assertThat(claims.total())
                        .as("one coupon for each of the two orders' buyers")
                        .isEqualTo(2);
                assertThat(buyers).hasSize(2);
            });
        } finally {
            coupons.pause(template);
        }
    }

    /**
     * Stores an order in a transaction left open, then another order (a higher id) committed at once, runs the job
     * while the first is still uncommitted, then commits the first.
     */
    private void twoOrdersCommittingOutOfIdOrder(ApiClient admin) throws Exception {
        // two SKUs whose stock stripes differ, so the open transaction does not hold up the second order
        String early = sku(admin);
        String candidate = sku(admin);
        while (Math.floorMod(early.hashCode(), 32) == Math.floorMod(candidate.hashCode(), 32)) {
            candidate = sku(admin);
        }
        String late = candidate;
        var inserted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Void> open = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            ingestion.ingest(List.of(order(early)), "API"); // takes the lower order id, commits last
            inserted.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            ingestion.ingest(List.of(order(late)), "API"); // a higher id, committed first
            assertThat(open).as("the lower-numbered order is still uncommitted").isNotDone();
            autoIssue.run(); // reads while the lower-numbered order is in flight
        } finally {
            release.countDown();
        }
        open.get(30, TimeUnit.SECONDS);
    }

    private static String sku(ApiClient admin) {
        return CatalogFixtures.create(admin, "返券测试 家纺")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
    }

    private static ChannelOrder order(String sku) {
        String phone = "137" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        Money price = Money.of("59.00");
        return new ChannelOrder(
                "JD",
                ApiClient.unique("AI-"),
                ChannelOrder.Status.PAID,
                null,
                null,
                new ChannelOrder.Buyer("nick-" + phone, "买家", phone),
                new ChannelOrder.Address("上海", "上海市", "浦东新区", "世纪大道 100 号"),
                List.of(new ChannelOrder.Line(sku, "ITEM-" + sku, "返券测试", 1, price, Money.ZERO, price)),
                Money.ZERO,
                null,
                "ALIPAY",
                null);
    }
}
