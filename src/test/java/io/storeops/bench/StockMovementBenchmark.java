package io.storeops.bench;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.StoreOpsApplication;
import io.storeops.catalog.Categories;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDraft;
import io.storeops.catalog.SkuDraft;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.inventory.Warehouses;
import io.storeops.shared.Money;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stock movements per second through {@code POST /api/v1/stock/movements} over real HTTP against a fresh embedded
 * database: batches of 1,000 movements (reserve, ship, release, receive over 2,000 SKUs in 3 warehouses) from two
 * client threads, next to the naive baseline of one movement per request (one transaction per movement), measured in
 * the same run. Target: ≥ 5,000 movements/s through the batch API in every round; the ledger invariant must hold at
 * the end; exits 1 otherwise. {@code -Dbench.batches} (120) sets the requests per batch round. See docs/PERFORMANCE.md
 * for the command.
 */
public final class StockMovementBenchmark {

    private static final int SKUS = 2_000;
    private static final int BATCH = 1_000;
    private static final int BATCHES = Integer.getInteger("bench.batches", 120);
    private static final double TARGET_PER_SECOND = 5_000;
    private static final int NAIVE_MOVEMENTS = 3_000;
    private static final int CLIENTS = 2;
    private static final String[] WAREHOUSES = {"BENCH-A", "BENCH-B", "BENCH-C"};

    private StockMovementBenchmark() {}

    public static void main(String[] args) throws Exception {
        var dataDir = Files.createTempDirectory("storeops-stock-bench");
        try (ConfigurableApplicationContext app = SpringApplication.run(StoreOpsApplication.class, new String[] {
            "--storeops.database.url=",
            "--storeops.database.embedded.data-dir=" + dataDir,
            "--storeops.database.embedded.clean-on-start=true",
            "--storeops.demo.mode=never",
            "--storeops.platform.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
            "--server.port=0",
            "--logging.level.root=WARN"
        })) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<String> skus = seed(app);
            System.out.printf(
                    "Machine: %d cores, Java %s; %,d SKUs × %d warehouses%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.version(), SKUS, WAREHOUSES.length);
            run(port, skus, "warm-up", 10, 200);
            var verdict = new Verdict("Stock movements");
            for (int round = 1; round <= 2; round++) {
                double naive = run(port, skus, "baseline: 1 movement per request", NAIVE_MOVEMENTS, 1);
                double batched = run(port, skus, "batch API: 1,000 movements per request", BATCHES, BATCH);
                verdict.require(
                        "round %d: ≥ %,.0f movements/s through the batch API".formatted(round, TARGET_PER_SECOND),
                        batched >= TARGET_PER_SECOND,
                        "%,.1f movements/s (%,d in batches of %,d), %s× the one-per-request baseline of %,.1f/s"
                                .formatted(
                                        batched, (long) BATCHES * BATCH, BATCH, Verdict.ratio(batched / naive), naive));
            }
            var check = app.getBean(Inventory.class).verifyLedger();
            verdict.check(
                    "ledger check: on hand and reserved = the sums of the ledger",
                    check.mismatches().isEmpty(),
                    "%,d stock rows, %d mismatches"
                            .formatted(check.stockRows(), check.mismatches().size()));
            verdict.exit();
        }
    }

    private static List<String> seed(ConfigurableApplicationContext app) {
        long category = app.getBean(Categories.class)
                .create("bench-stock", "基准库存", "Benchmark stock", null, List.of())
                .id();
        List<ProductDraft> drafts = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        for (int p = 0; p < SKUS / 4; p++) {
            List<SkuDraft> productSkus = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                String code = "BS-%04d-%d".formatted(p, s);
                skus.add(code);
                productSkus.add(new SkuDraft(
                        code, "68%011d".formatted(p * 4L + s), Map.of("规格", "#" + s), Money.of("10"), Money.of("30")));
            }
            drafts.add(new ProductDraft(
                    "BS-%04d".formatted(p), "基准商品 " + p, category, null, "", List.of(), Map.of(), productSkus));
        }
        app.getBean(ProductCatalog.class).createAll(drafts, "benchmark");
        var warehouses = app.getBean(Warehouses.class);
        for (int w = 0; w < WAREHOUSES.length; w++) {
            warehouses.create(WAREHOUSES[w], "基准仓 " + w, "上海", w + 1);
        }
        List<Movement> opening = new ArrayList<>();
        for (String sku : skus) {
            for (String warehouse : WAREHOUSES) {
                opening.add(new Movement(MovementType.INBOUND, sku, warehouse, 1_000_000, "opening", "bench", null));
                // Held for open orders, so that releases racing ahead of their reservations still find units.
                opening.add(new Movement(MovementType.RESERVATION, sku, warehouse, 10_000, "opening", "bench", null));
            }
        }
        app.getBean(Inventory.class).apply(opening);
        return skus;
    }

    /** Sends {@code requests} requests of {@code perRequest} movements from the client threads; returns movements/s. */
    private static double run(int port, List<String> skus, String label, int requests, int perRequest)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        var sent = new AtomicLong();
        var next = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(clients.submit(() -> {
                ApiClient api = ApiClient.admin(port);
                long r;
                while ((r = next.getAndIncrement()) < requests) {
                    List<Map<String, Object>> movements = movements(skus, r, perRequest);
                    var response = api.post("/api/v1/stock/movements", Map.of("movements", movements));
                    if (response.status() != 200) {
                        throw new IllegalStateException("Refused: " + response);
                    }
                    sent.addAndGet(movements.size());
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = sent.get() / seconds;
        System.out.printf("  %-42s %,9d movements in %6.2f s = %,8.0f movements/s%n", label, sent.get(), seconds, rate);
        return rate;
    }

    /** A realistic mix: reserve 2, ship 1, release 1, receive 1 — net stock stays far from zero. */
    private static List<Map<String, Object>> movements(List<String> skus, long request, int count) {
        MovementType[] cycle = {
            MovementType.RESERVATION,
            MovementType.RESERVATION,
            MovementType.SHIPMENT,
            MovementType.RELEASE,
            MovementType.INBOUND
        };
        List<Map<String, Object>> movements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long n = request * count + i;
            String sku = skus.get((int) ((n / cycle.length) % skus.size()));
            String warehouse = WAREHOUSES[(int) ((n / cycle.length / skus.size()) % WAREHOUSES.length)];
            MovementType type = cycle[(int) (n % cycle.length)];
            movements.add(Map.of(
                    "type",
                    type.name(),
                    "skuCode",
                    sku,
                    "warehouse",
                    warehouse,
                    "quantity",
                    1,
                    "reason",
                    "benchmark",
                    "referenceType",
                    "order",
                    "referenceId",
                    "B-" + n / cycle.length));
        }
        return movements;
    }
}
