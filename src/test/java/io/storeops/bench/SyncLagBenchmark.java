package io.storeops.bench;

import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.StoreOpsApplication;
import io.storeops.catalog.Categories;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDraft;
import io.storeops.catalog.SkuDraft;
import io.storeops.channels.StockPushAcknowledged;
import io.storeops.channels.StockSync;
import io.storeops.channels.SyncStatus;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.inventory.Warehouses;
import io.storeops.marketplace.Faults;
import io.storeops.marketplace.ListingStock;
import io.storeops.marketplace.SimulatedMarketplace;
import io.storeops.shared.Money;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Sync lag of the channel stock outbox, per SKU × channel: from the commit of the first stock change a marketplace
 * does not have yet to that marketplace's acknowledgement of a value that includes it. Every acknowledged push yields
 * one sample per SKU ({@link StockPushAcknowledged}); the percentiles are over those samples.
 *
 * <p>Movements arrive over HTTP ({@code POST /api/v1/stock/movements}, logged in as admin): reservations and releases
 * of one unit over {@value #SKUS} SKUs × 2 warehouses, every 50 ms a request of rate/20 movements, no request touching
 * a stock row twice. Four channels (TMALL, JD, DOUYIN, WEBSHOP) push to four shops of the built-in simulated
 * marketplace over signed HTTP. Two levels in the same run: the baseline at 100 movements/s and the target at 5,000
 * movements/s. After each level the outbox is drained, so the slowest changes are counted too, and every marketplace
 * must then hold exactly each SKU's available-to-sell.
 *
 * <p>System properties: {@code seconds} per level (default 60; fewer makes a smoke run whose figures do not count),
 * {@code latency} milliseconds injected into every marketplace answer (default 0). With {@code -Dlatency=1500} the
 * target must be missed — proof that the measurement can fail. Exit status 1 on a miss ({@link Verdict}).
 */
public final class SyncLagBenchmark {

    private static final int SKUS = 2_000;
    private static final String[] WAREHOUSES = {"BENCH-A", "BENCH-B"};
    private static final String[] CHANNELS = {"TMALL", "JD", "DOUYIN", "WEBSHOP"};
    private static final int BASELINE_RATE = 100;
    private static final int TARGET_RATE = 5_000;
    private static final int TICKS_PER_SECOND = 20;
    private static final int CLIENTS = 4;
    private static final int COUNTED_SECONDS = 60;
    private static final int COUNTED_SAMPLES = 10_000;

    private SyncLagBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", COUNTED_SECONDS);
        long latencyMs = Long.getLong("latency", 0);
        var dataDir = Files.createTempDirectory("storeops-sync-bench");
        List<String> arguments = new ArrayList<>(List.of(
                "--storeops.database.url=",
                "--storeops.database.embedded.data-dir=" + dataDir,
                "--storeops.database.embedded.clean-on-start=true",
                "--storeops.demo.mode=never",
                "--storeops.platform.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
                "--storeops.marketplace.rate-limit-per-second=100000",
                "--server.port=0",
                "--logging.level.root=WARN"));
        for (int i = 0; i < CHANNELS.length; i++) {
            String shop = shop(CHANNELS[i]);
            arguments.add("--storeops.marketplace.shops[%d].code=%s".formatted(i, shop));
            arguments.add("--storeops.marketplace.shops[%d].app-key=%s-app".formatted(i, shop));
            arguments.add("--storeops.marketplace.shops[%d].app-secret=bench-only-secret".formatted(i));
            arguments.add("--storeops.channels.connections[%d].channel=%s".formatted(i, CHANNELS[i]));
            arguments.add("--storeops.channels.connections[%d].shop=%s".formatted(i, shop));
            arguments.add("--storeops.channels.connections[%d].app-key=%s-app".formatted(i, shop));
            arguments.add("--storeops.channels.connections[%d].app-secret=bench-only-secret".formatted(i));
        }
        var verdict = new Verdict("Channel sync lag");
        try (ConfigurableApplicationContext app =
                SpringApplication.run(StoreOpsApplication.class, arguments.toArray(String[]::new))) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<String> skus = seed(app);
            var sync = app.getBean(StockSync.class);
            long connected =
                    sync.status().stream().filter(SyncStatus::connected).count();
            System.out.printf(
                    Locale.ROOT,
                    "Machine: %d cores, Java %s; %,d SKUs × %d warehouses, %d connected channels, %d s per level,"
                            + " marketplace latency %d ms%n",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    SKUS,
                    WAREHOUSES.length,
                    connected,
                    seconds,
                    latencyMs);
            verdict.check("4 channels connected", connected == CHANNELS.length, connected + " connected");
            drain(sync);

            var sink = new AtomicReference<Verdict.Samples>();
            app.addApplicationListener(event -> {
                if (event instanceof PayloadApplicationEvent<?> payload
                        && payload.getPayload() instanceof StockPushAcknowledged acknowledged) {
                    Verdict.Samples samples = sink.get();
                    if (samples != null) {
                        acknowledged.skus().forEach(s -> samples.add(s.lag().toNanos() / 1e9));
                    }
                }
            });
            var marketplace = app.getBean(SimulatedMarketplace.class);
            if (latencyMs > 0) {
                for (String channel : CHANNELS) {
                    marketplace.injectFaults(
                            shop(channel), new Faults(0, latencyMs, 1.0, 0, 0, Faults.DEFAULT_TIMEOUT_MS, 1L));
                }
            }
            var rows = new AtomicLong();
            Level baseline = run(port, skus, BASELINE_RATE, seconds, sync, sink, rows);
            Level target = run(port, skus, TARGET_RATE, seconds, sync, sink, rows);
            report(verdict, "baseline", baseline, seconds, false);
            report(verdict, "target", target, seconds, true);
            verdict.check(
                    "every marketplace holds exactly the available-to-sell",
                    converged(app, skus, marketplace),
                    "%,d SKUs × %d channels compared".formatted(SKUS, CHANNELS.length));
        }
        verdict.exit();
    }

    private static String shop(String channel) {
        return channel.toLowerCase(Locale.ROOT) + "-bench";
    }

    /** One load level: movements sent, achieved rate, refused requests and the lag samples. */
    private record Level(int rate, long movements, double seconds, long refused, Verdict.Samples lags, double drain) {}

    private static Level run(
            int port,
            List<String> skus,
            int perSecond,
            int seconds,
            StockSync sync,
            AtomicReference<Verdict.Samples> sink,
            AtomicLong rows)
            throws Exception {
        var lags = new Verdict.Samples();
        sink.set(lags);
        int perRequest = perSecond / TICKS_PER_SECOND;
        int requests = seconds * TICKS_PER_SECOND;
        var sent = new AtomicLong();
        var refused = new AtomicLong();
        var next = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(clients.submit(() -> {
                ApiClient api = ApiClient.admin(port);
                long r;
                while ((r = next.getAndIncrement()) < requests) {
                    long due = start + r * 1_000_000_000L / TICKS_PER_SECOND;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    var body = Map.of("movements", movements(skus, rows.getAndAdd(perRequest), perRequest));
                    var response = api.post("/api/v1/stock/movements", body);
                    if (response.status() == 200) {
                        sent.addAndGet(perRequest);
                    } else {
                        refused.incrementAndGet();
                    }
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
        double elapsed = (System.nanoTime() - start) / 1e9;
        long drainStart = System.nanoTime();
        drain(sync);
        double drain = (System.nanoTime() - drainStart) / 1e9;
        sink.set(null);
        var level = new Level(perSecond, sent.get(), elapsed, refused.get(), lags, drain);
        System.out.printf(
                Locale.ROOT,
                "  %,6d movements/s target, %,8.0f achieved over %.1f s (%,d refused requests): lag %s;"
                        + " drained %.2f s after the last movement%n",
                perSecond,
                level.movements() / elapsed,
                elapsed,
                level.refused(),
                lags.describe("s"),
                drain);
        return level;
    }

    private static void report(Verdict verdict, String name, Level level, int seconds, boolean judged) {
        String label = "%s %,d movements/s".formatted(name, level.rate());
        double achieved = level.movements() / level.seconds();
        verdict.check(
                label + ": achieved ≥ 0.95 of the rate",
                achieved >= 0.95 * level.rate(),
                "%,.0f/s, ratio %s".formatted(achieved, Verdict.ratio(achieved / level.rate())));
        verdict.check(label + ": every request accepted", level.refused() == 0, level.refused() + " refused");
        if (seconds >= COUNTED_SECONDS) {
            verdict.check(
                    label + ": ≥ 60 s and ≥ 10,000 lag samples",
                    level.lags().count() >= COUNTED_SAMPLES,
                    "%.1f s, %,d samples"
                            .formatted(level.seconds(), level.lags().count()));
        } else {
            System.out.printf(
                    "  (smoke run: %d s per level, figures do not count; a counted run needs ≥ %d s)%n",
                    seconds, COUNTED_SECONDS);
        }
        if (judged) {
            verdict.require(
                    label + ": lag p99 < 1 s",
                    level.lags().p99Below(1.0),
                    level.lags().describe("s"));
        } else {
            verdict.check(
                    label + ": lag measured",
                    level.lags().enoughForP99(),
                    level.lags().describe("s"));
        }
    }

    /**
     * {@code count} movements from row {@code first} on: rows (SKU × warehouse) in turn, so a request of at most
     * 4,000 movements touches each row at most once; a pass over all rows reserves one unit, the next releases it.
     */
    private static List<Map<String, Object>> movements(List<String> skus, long first, int count) {
        int rows = skus.size() * WAREHOUSES.length;
        List<Map<String, Object>> movements = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            int row = (int) (n % rows);
            MovementType type = (n / rows) % 2 == 0 ? MovementType.RESERVATION : MovementType.RELEASE;
            movements.add(Map.of(
                    "type",
                    type.name(),
                    "skuCode",
                    skus.get(row / WAREHOUSES.length),
                    "warehouse",
                    WAREHOUSES[row % WAREHOUSES.length],
                    "quantity",
                    1,
                    "reason",
                    "benchmark",
                    "referenceType",
                    "order",
                    "referenceId",
                    "B-" + n));
        }
        return movements;
    }

    /** Waits until no connected channel has a push waiting, looking every 20 ms (the drain time's resolution). */
    private static void drain(StockSync sync) {
        await().atMost(Duration.ofMinutes(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> sync.status().stream().noneMatch(s -> s.connected() && s.pending() > 0));
    }

    private static boolean converged(
            ConfigurableApplicationContext app, List<String> skus, SimulatedMarketplace marketplace) {
        Map<String, Map<String, Integer>> ats = app.getBean(Allocations.class).availableToSell(skus);
        long wrong = 0;
        for (String sku : skus) {
            for (String channel : CHANNELS) {
                Long theirs = marketplace
                        .stock(shop(channel), sku)
                        .map(ListingStock::quantity)
                        .orElse(null);
                Integer ours = ats.get(sku).get(channel);
                if (theirs == null || ours == null || theirs != ours.longValue()) {
                    wrong++;
                }
            }
        }
        if (wrong > 0) {
            System.out.printf("  %,d SKU × channel pairs differ from the available-to-sell%n", wrong);
        }
        return wrong == 0;
    }

    private static List<String> seed(ConfigurableApplicationContext app) {
        long category = app.getBean(Categories.class)
                .create("bench-sync", "基准同步", "Benchmark sync", null, List.of())
                .id();
        List<ProductDraft> drafts = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        for (int p = 0; p < SKUS / 4; p++) {
            List<SkuDraft> productSkus = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                String code = "SY-%04d-%d".formatted(p, s);
                skus.add(code);
                productSkus.add(new SkuDraft(
                        code, "67%011d".formatted(p * 4L + s), Map.of("规格", "#" + s), Money.of("10"), Money.of("30")));
            }
            drafts.add(new ProductDraft(
                    "SY-%04d".formatted(p), "同步基准 " + p, category, null, "", List.of(), Map.of(), productSkus));
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
                // held for open orders, so a release racing ahead of its reservation still finds units
                opening.add(new Movement(MovementType.RESERVATION, sku, warehouse, 10_000, "opening", "bench", null));
            }
        }
        app.getBean(Inventory.class).apply(opening);
        return skus;
    }
}
