package io.storeops.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reservations race on one SKU in real PostgreSQL: no oversell, no lost unit, exact totals. */
@IntegrationTest
class ConcurrentReservationTest {

    static final int THREADS = 64;
    static final int ATTEMPTS_PER_THREAD = 20;

    @LocalServerPort
    int port;

    @Autowired
    Inventory inventory;

    String stockedSku(int units) {
        var admin = ApiClient.admin(port);
        String sku = CatalogFixtures.create(admin, "测试家纺 并发占用")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
        inventory.apply(List.of(new Movement(MovementType.INBOUND, sku, "SH-01", units, "test stock", "test", null)));
        return sku;
    }

    @Test
    void sixtyFourThreadsReservingOneSkuNeverOversellAndNeverLoseAUnit() throws Exception {
        String sku = stockedSku(1000);
        var granted = new AtomicInteger();
        var refused = new AtomicInteger();
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                    try {
                        inventory.apply(List.of(new Movement(
                                MovementType.RESERVATION, sku, "SH-01", 1, "race", "order", "T" + thread + "-" + i)));
                        granted.incrementAndGet();
                    } catch (RuleViolationException e) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(granted.get()).isEqualTo(1000);
        assertThat(refused.get()).isEqualTo(THREADS * ATTEMPTS_PER_THREAD - 1000);
        StockLevel level = inventory.levelsOf(sku).getFirst();
        assertThat(level.onHand()).isEqualTo(1000);
        assertThat(level.reserved()).isEqualTo(1000);
        assertThat(level.available()).isZero();
        var ledger = inventory.ledger(sku, 0, 2000);
        assertThat(ledger.total()).isEqualTo(1 + 1000);
        assertThat(ledger.items().stream().mapToInt(LedgerEntry::reservedDelta).sum())
                .isEqualTo(1000);
        assertThat(inventory.verifyLedger().mismatches())
                .noneMatch(m -> m.skuCode().equals(sku));
    }

    @Test
    void concurrentReservationsAndReleasesKeepExactTotals() throws Exception {
        String sku = stockedSku(100);
        inventory.apply(
                List.of(new Movement(MovementType.RESERVATION, sku, "SH-01", 50, "pre-reserved", "order", "P")));
        var reserved = new AtomicInteger();
        var released = new AtomicInteger();
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            boolean releaser = t % 2 == 0;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                    var type = releaser ? MovementType.RELEASE : MovementType.RESERVATION;
                    try {
                        inventory.apply(List.of(new Movement(type, sku, "SH-01", 1, "race", "order", null)));
                        (releaser ? released : reserved).incrementAndGet();
                    } catch (RuleViolationException e) {
                        // refused: nothing held to release, or nothing left to reserve
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        StockLevel level = inventory.levelsOf(sku).getFirst();
        assertThat(level.reserved()).isEqualTo(50 + reserved.get() - released.get());
        assertThat(level.reserved()).isBetween(0, 100);
        assertThat(level.onHand()).isEqualTo(100);
        assertThat(inventory.verifyLedger().mismatches())
                .noneMatch(m -> m.skuCode().equals(sku));
    }
}
