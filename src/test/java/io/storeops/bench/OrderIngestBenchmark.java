package io.storeops.bench;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.StoreOpsApplication;
import io.storeops.catalog.Categories;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDraft;
import io.storeops.catalog.SkuDraft;
import io.storeops.channels.ChannelOrder;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.inventory.Warehouses;
import io.storeops.orders.OrderIngestion;
import io.storeops.shared.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Orders per second taken in, reviewed, routed and reserved (F4.1–F4.3) against a fresh embedded database: batches of
 * 500 orders through {@code POST /api/v1/orders/batch} over real HTTP (and through {@link OrderIngestion#ingest}
 * in-process), next to the naive baseline of one order per request — one transaction per order — measured in the same
 * run. Orders have 1–3 lines over 2,000 SKUs stocked in three warehouses, buyers in many provinces (so routing varies,
 * some buyers order repeatedly), about 1 % held by review and 3 % duplicates of orders already stored. Only orders
 * created and not held count as throughput; an order's latency runs from sending the batch that carries it to
 * receiving its answer. Target: ≥ 2,000 orders/s over HTTP for ≥ 60 s and ≥ 10,000 orders, every end check holding;
 * exits 1 otherwise. Durations: {@code -Dbench.httpSeconds} (60), {@code -Dbench.seconds} (in-process batches, 20),
 * {@code -Dbench.naiveSeconds} (baselines, 10). See docs/PERFORMANCE.md.
 */
public final class OrderIngestBenchmark {

    private static final int SKUS = 2_000;
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int BATCH = 500;
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int NAIVE_SECONDS = Integer.getInteger("bench.naiveSeconds", 10);
    private static final int HTTP_SECONDS = Integer.getInteger("bench.httpSeconds", 60);
    private static final double TARGET_ORDERS_PER_SECOND = 2_000;
    private static final int MIN_HTTP_SECONDS = 60;
    private static final int MIN_HTTP_ORDERS = 10_000;
    private static final String[][] WAREHOUSES = {{"SH-01", "上海"}, {"GZ-01", "广东"}, {"BJ-01", "北京"}};
    private static final String[] PROVINCES = {
        "上海", "江苏", "浙江", "安徽", "广东", "广西", "福建", "海南", "北京", "天津", "河北", "山东", "辽宁", "四川", "湖北", "湖南", "河南", "陕西",
        "黑龙江", "云南"
    };
    private static final String[] CHANNELS = {"TMALL", "JD", "DOUYIN", "WEBSHOP"};

    /** Sequence of generated orders; an order's content is a function of its number, so it can be sent again. */
    private static final AtomicLong SEQ = new AtomicLong();

    /** Orders answered CREATED over all runs (warm-ups included): each must be stored exactly once. */
    private static final LongAdder CREATED = new LongAdder();

    private OrderIngestBenchmark() {}

    /** Sends one batch; answers the outcome+status of each order. */
    private interface Sender {
        List<String> send(List<ChannelOrder> batch);
    }

    public static void main(String[] args) throws Exception {
        var dataDir = Files.createTempDirectory("storeops-order-bench");
        try (ConfigurableApplicationContext app = SpringApplication.run(StoreOpsApplication.class, new String[] {
            "--storeops.database.url=",
            "--storeops.database.embedded.data-dir=" + dataDir,
            "--storeops.database.embedded.clean-on-start=true",
            "--storeops.demo.mode=never",
            "--storeops.platform.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
            "--server.port=0",
            "--logging.level.root=WARN",
            // -Dpushes=false: no stock pushes to the simulated marketplace, which otherwise serves them on the same
            // 2 cores (the outbox is still written and computed)
            "--storeops.channels.sync.enabled=" + Boolean.parseBoolean(System.getProperty("pushes", "true"))
        })) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<String> skus = seed(app);
            var ingestion = app.getBean(OrderIngestion.class);
            System.out.printf(
                    "Machine: %d cores, Java %s, %s %s, max heap %,d MB; %,d SKUs × %d warehouses, %d driver threads%n",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"),
                    Runtime.getRuntime().maxMemory() >> 20,
                    SKUS,
                    WAREHOUSES.length,
                    THREADS);
            Sender inProcess = batch -> ingestion.ingest(batch, "API").stream()
                    .map(r -> r.outcome() + (r.status() == null ? "" : "/" + r.status()))
                    .toList();
            Map<Long, ApiClient> clients = new ConcurrentHashMap<>();
            Sender http = batch -> {
                ApiClient api = clients.computeIfAbsent(Thread.currentThread().threadId(), t -> ApiClient.admin(port));
                var response = api.post("/api/v1/orders/batch", Map.of("orders", bodies(batch)));
                if (response.status() != 200) {
                    throw new IllegalStateException("Refused: " + response);
                }
                List<String> answers = new ArrayList<>();
                for (JsonNode r : response.json()) {
                    answers.add(r.get("outcome").asString()
                            + (r.get("status").isNull()
                                    ? ""
                                    : "/" + r.get("status").asString()));
                }
                return answers;
            };
            run("warm-up (batches of 100)", skus, 100, 5, inProcess);
            run("warm-up (1 order per call)", skus, 1, 3, inProcess);
            run("warm-up (HTTP, batches of 100)", skus, 100, 5, http);
            Run naive = run("baseline: 1 order per ingest call", skus, 1, NAIVE_SECONDS, inProcess);
            Run batched = run("batch: 500 orders per ingest call", skus, BATCH, SECONDS, inProcess);
            Run naiveHttp = run("HTTP baseline: 1 order per POST /orders/batch", skus, 1, NAIVE_SECONDS, http);
            Run overHttp = run("HTTP: 500 orders per POST /api/v1/orders/batch", skus, BATCH, HTTP_SECONDS, http);
            System.out.printf(
                    "Result: %,.1f orders/s over HTTP (%s× the one-per-request baseline of %,.1f orders/s);"
                            + " in-process %,.1f orders/s (%s× the one-per-call baseline of %,.1f orders/s)%n",
                    overHttp.rate(),
                    Verdict.ratio(overHttp.rate() / naiveHttp.rate()),
                    naiveHttp.rate(),
                    batched.rate(),
                    Verdict.ratio(batched.rate() / naive.rate()),
                    naive.rate());

            var verdict = new Verdict("Order ingestion");
            verdict.require(
                    "≥ %,.0f orders/s over HTTP (created and not held)".formatted(TARGET_ORDERS_PER_SECOND),
                    overHttp.rate() >= TARGET_ORDERS_PER_SECOND,
                    "%,.1f orders/s (%,d orders in %.1f s); per-order latency %s"
                            .formatted(
                                    overHttp.rate(),
                                    overHttp.counted(),
                                    overHttp.seconds(),
                                    overHttp.latencies().describe("ms")));
            verdict.require(
                    "per-order latency over HTTP with a p99 (≥ %,d samples)".formatted(Verdict.MIN_SAMPLES_FOR_P99),
                    overHttp.latencies().enoughForP99(),
                    overHttp.latencies().describe("ms"));
            verdict.check(
                    "HTTP load long and large enough: ≥ %d s and ≥ %,d orders"
                            .formatted(MIN_HTTP_SECONDS, MIN_HTTP_ORDERS),
                    overHttp.seconds() >= MIN_HTTP_SECONDS && overHttp.counted() >= MIN_HTTP_ORDERS,
                    "%.1f s, %,d orders counted".formatted(overHttp.seconds(), overHttp.counted()));
            List<Run> measured = List.of(naive, batched, naiveHttp, overHttp);
            long failedBatches = measured.stream().mapToLong(Run::failedBatches).sum();
            verdict.check("no batch failed", failedBatches == 0, "%,d failed batches".formatted(failedBatches));
            endChecks(app, verdict);
            verdict.exit();
        }
    }

    /** Every order created exactly once and stored; stock, ledger and allocations agree. */
    private static void endChecks(ConfigurableApplicationContext app, Verdict verdict) {
        var check = app.getBean(Inventory.class).verifyLedger();
        var jdbc = app.getBean(JdbcClient.class);
        // the benchmark's own orders: the simulated marketplace's shops may place a few through the channel pulls
        long orders = jdbc.sql("select count(*) from orders.orders where external_id like 'BO-%'")
                .query(Long.class)
                .single();
        long reservedRows = jdbc.sql("""
                        select count(*) from inventory.stock s join inventory.warehouses w on w.id = s.warehouse_id
                        where s.reserved <> coalesce((select sum(a.quantity) from orders.order_allocations a
                            where a.sku_code = s.sku_code and a.warehouse_code = w.code), 0)""").query(Long.class).single();
        verdict.check(
                "every order answered CREATED is stored, once",
                orders == CREATED.sum(),
                "%,d orders stored, %,d answered CREATED (%,d order numbers generated)"
                        .formatted(orders, CREATED.sum(), SEQ.get()));
        verdict.check(
                "ledger check and reserved = the order allocations",
                check.mismatches().isEmpty() && reservedRows == 0,
                "%,d stock rows, %d ledger mismatches, %d rows whose reserved differs from the allocations"
                        .formatted(check.stockRows(), check.mismatches().size(), reservedRows));
    }

    /** One measured run: orders counted as throughput (created, not held), the rate, per-order latencies in ms. */
    private record Run(long counted, double seconds, Verdict.Samples latencies, long failedBatches) {

        double rate() {
            return counted / seconds;
        }
    }

    /**
     * Sends batches of {@code size} from the driver threads for {@code seconds}. Counts as throughput the orders
     * answered CREATED and not HELD (duplicates and held orders are not throughput); every order of a batch gets the
     * batch's round trip as its latency.
     */
    private static Run run(String label, List<String> skus, int size, int seconds, Sender sender) throws Exception {
        ExecutorService drivers = Executors.newFixedThreadPool(THREADS);
        var counted = new LongAdder();
        var failed = new LongAdder();
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        var latencies = new Verdict.Samples();
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int t = 0; t < THREADS; t++) {
            futures.add(drivers.submit(() -> {
                while (System.nanoTime() < end) {
                    List<ChannelOrder> batch = batch(skus, size);
                    long t0 = System.nanoTime();
                    List<String> answers;
                    try {
                        answers = sender.send(batch);
                    } catch (RuntimeException refused) {
                        // counted and shown, not hidden: a failed batch is rolled back as a whole
                        String why = refused.getClass().getSimpleName()
                                + (String.valueOf(refused.getMessage()).contains("deadlock") ? " (deadlock)" : "");
                        outcomes.computeIfAbsent("FAILED BATCH " + why, k -> new LongAdder())
                                .increment();
                        failed.increment();
                        continue;
                    }
                    double millis = (System.nanoTime() - t0) / 1e6;
                    for (String answer : answers) {
                        latencies.add(millis);
                        outcomes.computeIfAbsent(answer, k -> new LongAdder()).increment();
                        if (answer.startsWith("CREATED")) {
                            CREATED.increment();
                            if (!answer.endsWith("/HELD")) {
                                counted.increment();
                            }
                        }
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
            drivers.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Long> mix = new TreeMap<>();
        outcomes.forEach((k, v) -> mix.put(k, v.sum()));
        var result = new Run(counted.sum(), elapsed, latencies, failed.sum());
        System.out.printf(
                "  %-48s %,8d orders counted in %5.2f s = %,9.1f orders/s; per-order latency %s%n"
                        + "      answers %s; load average %s%n",
                label, result.counted(), elapsed, result.rate(), latencies.describe("ms"), mix, loadAverage());
        return result;
    }

    /** The machine is often shared: the 1/5/15-minute load averages, to read the figures with. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException unavailable) {
            return "n/a";
        }
    }

    /** New orders, about 3 % of them repeats of orders stored well before (sure to be committed by now). */
    private static List<ChannelOrder> batch(List<String> skus, int size) {
        var random = ThreadLocalRandom.current();
        List<ChannelOrder> batch = new ArrayList<>(size);
        Set<Long> used = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            long committed = SEQ.get() - 4L * BATCH * THREADS;
            long n = committed > 0 && random.nextInt(100) < 3 ? random.nextLong(committed) : SEQ.getAndIncrement();
            if (used.add(n)) {
                batch.add(order(n, skus));
            }
        }
        return batch;
    }

    /** Order number {@code n}, always with the same content. */
    static ChannelOrder order(long n, List<String> skus) {
        var random = new Random(n * 7_919L + 13);
        int buyer = random.nextInt(200_000);
        String province = PROVINCES[buyer % PROVINCES.length];
        String phone =
                random.nextInt(100) == 0 ? "8008-" + buyer : "13" + "%09d".formatted(buyer * 4_999L % 1_000_000_000L);
        int lineCount = 1 + random.nextInt(3);
        Map<String, Integer> units = new LinkedHashMap<>();
        while (units.size() < lineCount) {
            units.put(skus.get(random.nextInt(skus.size())), 1 + (random.nextInt(4) == 0 ? 1 : 0));
        }
        List<ChannelOrder.Line> lines = new ArrayList<>();
        units.forEach((sku, quantity) -> {
            Money price = Money.of(BigDecimal.valueOf(1_990 + (sku.hashCode() & 0xffff) % 28_000, 2));
            lines.add(new ChannelOrder.Line(
                    sku,
                    "ITEM-" + sku,
                    "基准商品 " + sku,
                    quantity,
                    price,
                    Money.ZERO,
                    price.times(BigDecimal.valueOf(quantity))));
        });
        return new ChannelOrder(
                CHANNELS[(int) (n % CHANNELS.length)],
                "BO-" + n,
                ChannelOrder.Status.PAID,
                null,
                null,
                new ChannelOrder.Buyer("buyer" + buyer, "买家" + buyer, phone),
                new ChannelOrder.Address(
                        province,
                        province + "市",
                        "第" + (buyer % 9 + 1) + "区",
                        "建设路 " + (buyer % 500 + 1) + " 号 2 栋 " + buyer % 30 + "01"),
                lines,
                Money.of("6.00"),
                null,
                "ALIPAY",
                null);
    }

    /** The orders as the batch API takes them. */
    static List<Map<String, Object>> bodies(List<ChannelOrder> batch) {
        List<Map<String, Object>> bodies = new ArrayList<>(batch.size());
        for (ChannelOrder o : batch) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("channel", o.channel());
            body.put("externalId", o.externalId());
            body.put(
                    "buyer",
                    Map.of(
                            "nick",
                            o.buyer().nick(),
                            "name",
                            o.buyer().name(),
                            "phone",
                            o.buyer().phone()));
            body.put(
                    "address",
                    Map.of(
                            "province", o.address().province(),
                            "city", o.address().city(),
                            "district", o.address().district(),
                            "detail", o.address().detail()));
            List<Map<String, Object>> lines = new ArrayList<>();
            for (var l : o.lines()) {
                lines.add(Map.of(
                        "skuCode", l.skuCode(),
                        "itemCode", l.itemCode(),
                        "title", l.title(),
                        "quantity", l.quantity(),
                        "unitPrice", l.unitPrice().amount().toPlainString()));
            }
            body.put("lines", lines);
            body.put("shippingFee", o.shippingFee().amount().toPlainString());
            body.put("paymentMethod", o.paymentMethod());
            bodies.add(body);
        }
        return bodies;
    }

    private static List<String> seed(ConfigurableApplicationContext app) {
        long category = app.getBean(Categories.class)
                .create("bench-orders", "基准订单", "Benchmark orders", null, List.of())
                .id();
        List<ProductDraft> drafts = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        for (int p = 0; p < SKUS / 4; p++) {
            List<SkuDraft> productSkus = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                String code = "OB-%04d-%d".formatted(p, s);
                skus.add(code);
                productSkus.add(new SkuDraft(
                        code, "69%011d".formatted(p * 4L + s), Map.of("规格", "#" + s), Money.of("10"), Money.of("30")));
            }
            drafts.add(new ProductDraft(
                    "OB-%04d".formatted(p), "订单基准 " + p, category, null, "", List.of(), Map.of(), productSkus));
        }
        app.getBean(ProductCatalog.class).createAll(drafts, "benchmark");
        var warehouses = app.getBean(Warehouses.class);
        for (int w = 0; w < WAREHOUSES.length; w++) {
            warehouses.create(WAREHOUSES[w][0], "基准仓 " + WAREHOUSES[w][0], WAREHOUSES[w][1], w + 1);
        }
        List<Movement> opening = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            for (int w = 0; w < WAREHOUSES.length; w++) {
                // every third SKU is not stocked in one warehouse, so some orders are routed further or split
                if ((i + w) % 3 != 0 || i % 2 == 0) {
                    opening.add(new Movement(
                            MovementType.INBOUND, skus.get(i), WAREHOUSES[w][0], 1_000_000, "opening", "bench", null));
                }
            }
        }
        app.getBean(Inventory.class).apply(opening);
        return Arrays.asList(skus.toArray(String[]::new));
    }
}
