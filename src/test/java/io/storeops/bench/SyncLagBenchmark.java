package io.storeops.bench;

import io.storeops.IntegrationTest;
import io.storeops.StoreOpsApplication;
import io.storeops.catalog.Categories;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDraft;
import io.storeops.catalog.SkuDraft;
import io.storeops.channels.StockSync;
import io.storeops.channels.SyncStatus;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.inventory.Warehouses;
import io.storeops.shared.Money;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sync lag of the channel stock outbox: while stock movements are applied at a target rate, samples every 50 ms the
 * age of the oldest change not yet acknowledged by each connected (simulated) marketplace, and prints p50/p99/max
 * per load level — a light load (the baseline) and the target load — in the same run. See docs/PERFORMANCE.md.
 */
public final class SyncLagBenchmark {

    private static final int SKUS = 2_000;
    private static final int SECONDS = 20;

    private SyncLagBenchmark() {}

    public static void main(String[] args) throws Exception {
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
        String[] channels = {"TMALL", "JD", "DOUYIN", "WEBSHOP"};
        for (int i = 0; i < channels.length; i++) {
            String shop = channels[i].toLowerCase() + "-bench";
            arguments.add("--storeops.marketplace.shops[%d].code=%s".formatted(i, shop));
            arguments.add("--storeops.marketplace.shops[%d].app-key=%s-app".formatted(i, shop));
            arguments.add("--storeops.marketplace.shops[%d].app-secret=bench-only-secret".formatted(i));
            arguments.add("--storeops.channels.connections[%d].channel=%s".formatted(i, channels[i]));
            arguments.add("--storeops.channels.connections[%d].shop=%s".formatted(i, shop));
            arguments.add("--storeops.channels.connections[%d].app-key=%s-app".formatted(i, shop));
            arguments.add("--storeops.channels.connections[%d].app-secret=bench-only-secret".formatted(i));
        }
        try (ConfigurableApplicationContext app =
                SpringApplication.run(StoreOpsApplication.class, arguments.toArray(String[]::new))) {
            List<String> skus = seed(app);
            var inventory = app.getBean(Inventory.class);
            var sync = app.getBean(StockSync.class);
            long connected =
                    sync.status().stream().filter(SyncStatus::connected).count();
            System.out.printf(
                    "Machine: %d cores, Java %s; %,d SKUs, %d connected channels%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.version(), SKUS, connected);
            while (sync.status().stream().anyMatch(s -> s.connected() && s.pending() > 0)) {
                Thread.sleep(20);
            }
            for (int rate : new int[] {100, 5_000}) {
                run(inventory, sync, skus, rate);
            }
        }
    }

    private static void run(Inventory inventory, StockSync sync, List<String> skus, int perSecond) throws Exception {
        var stop = new AtomicBoolean();
        List<Double> samples = new ArrayList<>();
        Thread sampler = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                sync.status().stream().filter(SyncStatus::connected).forEach(s -> samples.add(s.lagSeconds()));
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        int batch = Math.max(1, perSecond / 20);
        long applied = 0;
        long start = System.nanoTime();
        long n = 0;
        while (System.nanoTime() - start < SECONDS * 1_000_000_000L) {
            List<Movement> movements = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++, n++) {
                String sku = skus.get((int) (n % skus.size()));
                var type = (n / skus.size()) % 2 == 0 ? MovementType.RESERVATION : MovementType.RELEASE;
                movements.add(new Movement(type, sku, "BENCH-A", 1, "bench", "order", null));
            }
            inventory.apply(movements);
            applied += batch;
            long due = start + applied * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long drained = System.nanoTime();
        while (sync.status().stream().anyMatch(s -> s.connected() && s.pending() > 0)) {
            Thread.sleep(20);
        }
        stop.set(true);
        sampler.join();
        double[] sorted =
                samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                "  %,6d movements/s target, %,8.0f achieved over %.0f s: lag p50 %.3f s, p99 %.3f s, max %.3f s"
                        + " (%d samples); drained %.2f s after the last movement%n",
                perSecond,
                applied / seconds,
                seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                sorted.length,
                (System.nanoTime() - drained) / 1e9);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
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
        app.getBean(Warehouses.class).create("BENCH-A", "基准仓", "上海", 1);
        app.getBean(Inventory.class)
                .apply(skus.stream()
                        .map(sku ->
                                new Movement(MovementType.INBOUND, sku, "BENCH-A", 1_000_000, "opening", "bench", null))
                        .toList());
        return Arrays.asList(skus.toArray(String[]::new));
    }
}
