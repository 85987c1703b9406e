package io.storeops.bench;

import io.storeops.ApiClient;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.marketplace.internal.Signatures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load and the judge of {@code bench/two-instances.sh}: two StoreOps instances on one PostgreSQL server, the
 * simulated marketplace as its own process. For a while it sends every batch of orders to both instances at once
 * (same external ids, SKUs with scarce stock) and stock movements to either; then it checks, with counts: each order
 * created once, on hand exactly what the accepted movements made it, reserved equal to the order allocations, the
 * ledger consistent, and every marketplace channel converged to the available-to-sell.
 * Usage: {@code TwoInstancesDriver <portA> <portB> <marketplacePort> <seconds> <secret> <jdbcUrl> <user> <password>}.
 */
public final class TwoInstancesDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Map<String, String> SHOPS =
            Map.of("TMALL", "tmall-demo", "JD", "jd-demo", "DOUYIN", "douyin-demo");
    private static final String[] WAREHOUSES = {"SH-01", "GZ-01"};
    private static final int SKUS = 40;
    private static final int THREADS = 8;
    private static final int ORDER_BATCH = 10;

    private TwoInstancesDriver() {}

    public static void main(String[] args) throws Exception {
        int[] ports = {Integer.parseInt(args[0]), Integer.parseInt(args[1])};
        int marketPort = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String secret = args[4];
        String jdbcUrl = args[5];
        String token = ApiClient.admin(ports[0])
                .post("/api/v1/api-tokens", Map.of("name", "two-instances", "role", "ADMIN"))
                .json()
                .get("token")
                .asString();
        ApiClient[] apis = {ApiClient.withToken(ports[0], token), ApiClient.withToken(ports[1], token)};
        List<String> skus = scarceSkus(apis[0]);
        Map<String, Integer> onHand = new ConcurrentHashMap<>();
        skus.forEach(sku -> {
            onHand.put(sku + "/SH-01", 30);
            onHand.put(sku + "/GZ-01", 20);
        });
        System.out.printf(
                "Two instances (ports %d and %d): %d scarce SKUs, %d s of orders to both and movements to either%n",
                ports[0], ports[1], SKUS, seconds);

        String run = ApiClient.unique("TI-");
        Map<String, Integer> created = new ConcurrentHashMap<>();
        var orderLatency = new Verdict.Samples();
        var sentOrders = new AtomicLong();
        var movementsApplied = new AtomicLong();
        var movementsRefused = new AtomicLong();
        var failures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        var next = new AtomicLong();
        // closed in reverse order: the load threads finish before the pool of their partner requests shuts down
        try (var partners = Executors.newFixedThreadPool(THREADS);
                var pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                pool.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        long n = next.getAndIncrement();
                        try {
                            if (n % 3 == 2) {
                                move(apis[(int) (n % 2)], skus, onHand, movementsApplied, movementsRefused);
                            } else {
                                var batch = orders(run, n, skus, random);
                                sentOrders.addAndGet(batch.size());
                                // the same batch at both instances at once
                                var other = partners.submit(() -> sendOrders(apis[1], batch, created, orderLatency));
                                sendOrders(apis[0], batch, created, orderLatency);
                                other.get();
                            }
                        } catch (Exception | AssertionError e) {
                            failures.incrementAndGet();
                            System.out.println("request failed: " + e);
                        }
                    }
                    return null;
                });
            }
        }
        double loadSeconds = seconds;
        double convergedAfter = awaitConvergence(apis[0], marketPort, secret, skus);

        var verdict = new Verdict("Two instances, one database");
        System.out.printf(
                "Load: %,d orders sent to both instances (%s orders/s), %,d movements applied, %,d refused (stock)%n",
                sentOrders.get(),
                Verdict.ratio(sentOrders.get() / loadSeconds),
                movementsApplied.get(),
                movementsRefused.get());
        System.out.println("Order batch request latency (ms): " + orderLatency.describe("ms"));
        long notOnce = created.values().stream().filter(times -> times != 1).count();
        verdict.check("no request failed", failures.get() == 0, failures.get() + " failed");
        verdict.check(
                "each order CREATED by exactly one instance",
                created.size() == sentOrders.get() && notOnce == 0,
                "%,d sent, %,d created, %d created more than once"
                        .formatted(sentOrders.get(), created.size(), notOnce));
        try (var db = DriverManager.getConnection(jdbcUrl, args[6], args[7])) {
            verdict.check("each order stored once", storedOnce(db, run, sentOrders.get()), "orders of run " + run);
            verdict.check("on hand exact", onHandMismatches(db, skus, onHand) == 0, "per SKU × warehouse");
            verdict.check(
                    "reserved = order allocations, never above on hand",
                    reservedMismatches(db, skus) == 0,
                    "per SKU × warehouse");
        }
        JsonNode ledger = apis[1].get("/api/v1/stock/ledger-check").json();
        verdict.check(
                "ledger consistent",
                ledger.get("mismatches").isEmpty(),
                ledger.get("mismatches").size() + " mismatches over "
                        + ledger.get("stockRows").asLong() + " rows");
        verdict.require(
                "every channel converges within 60 s after the load",
                convergedAfter >= 0 && convergedAfter < 60,
                convergedAfter < 0 ? "not converged after 120 s" : "%.1f s".formatted(convergedAfter));
        verdict.exit();
    }

    private static List<String> scarceSkus(ApiClient api) {
        List<String> skus = new ArrayList<>();
        List<Map<String, Object>> stock = new ArrayList<>();
        for (int i = 0; i < SKUS; i++) {
            String sku = CatalogFixtures.create(api, "两实例 压测 家纺")
                    .get("skus")
                    .get(0)
                    .get("skuCode")
                    .asString();
            skus.add(sku);
            stock.add(movement("INBOUND", sku, "SH-01", 30));
            stock.add(movement("INBOUND", sku, "GZ-01", 20));
        }
        var response = api.post("/api/v1/stock/movements", Map.of("movements", stock));
        if (response.status() != 200) {
            throw new IllegalStateException("initial stock refused: " + response);
        }
        return skus;
    }

    private static Map<String, Object> movement(String type, String sku, String warehouse, int quantity) {
        return Map.of(
                "type", type, "skuCode", sku, "warehouse", warehouse, "quantity", quantity, "reason", "two instances");
    }

    private static List<Map<String, Object>> orders(String run, long n, List<String> skus, ThreadLocalRandom random) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < ORDER_BATCH; i++) {
            Map<String, Object> order = new HashMap<>();
            order.put("channel", SHOPS.keySet().stream().sorted().toList().get(i % SHOPS.size()));
            order.put("externalId", run + "-" + n + "-" + i);
            String phone = "13%09d".formatted(random.nextInt(1_000_000_000));
            order.put("buyer", Map.of("nick", "buyer-" + phone, "name", "压测买家", "phone", phone));
            order.put(
                    "address",
                    Map.of("province", i % 2 == 0 ? "上海" : "广东", "city", "某市", "district", "某区", "detail", "幸福路 88 号"));
            order.put(
                    "lines",
                    List.of(Map.of(
                            "skuCode",
                            skus.get(random.nextInt(skus.size())),
                            "quantity",
                            1 + random.nextInt(2),
                            "unitPrice",
                            "49.90")));
            batch.add(order);
        }
        return batch;
    }

    private static Object sendOrders(
            ApiClient api, List<Map<String, Object>> batch, Map<String, Integer> created, Verdict.Samples latency) {
        long started = System.nanoTime();
        var response = api.post("/api/v1/orders/batch", Map.of("orders", batch));
        latency.add((System.nanoTime() - started) / 1e6);
        if (response.status() != 200) {
            throw new IllegalStateException("order batch → " + response);
        }
        response.json().forEach(answer -> {
            String outcome = answer.get("outcome").asString();
            if (outcome.equals("CREATED")) {
                created.merge(answer.get("externalId").asString(), 1, Integer::sum);
            } else if (!outcome.equals("DUPLICATE")) {
                throw new IllegalStateException("order " + answer);
            }
        });
        return null;
    }

    private static void move(
            ApiClient api, List<String> skus, Map<String, Integer> onHand, AtomicLong applied, AtomicLong refused) {
        var random = ThreadLocalRandom.current();
        List<Map<String, Object>> movements = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> deltas = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            boolean receipt = random.nextInt(3) > 0;
            String sku = skus.get(random.nextInt(skus.size()));
            String warehouse = WAREHOUSES[random.nextInt(WAREHOUSES.length)];
            int quantity = 1 + random.nextInt(receipt ? 3 : 2);
            movements.add(movement(receipt ? "INBOUND" : "OUTBOUND", sku, warehouse, quantity));
            keys.add(sku + "/" + warehouse);
            deltas.add(receipt ? quantity : -quantity);
        }
        var response = api.post("/api/v1/stock/movements", Map.of("movements", movements));
        if (response.status() == 200) {
            for (int i = 0; i < keys.size(); i++) {
                onHand.merge(keys.get(i), deltas.get(i), Integer::sum);
            }
            applied.addAndGet(movements.size());
        } else if (response.status() == 422) {
            refused.addAndGet(movements.size());
        } else {
            throw new IllegalStateException("movements → " + response);
        }
    }

    /** Seconds from now until every marketplace channel holds the available-to-sell of every SKU; −1 after 120 s. */
    private static double awaitConvergence(ApiClient api, int marketPort, String secret, List<String> skus)
            throws Exception {
        long started = System.nanoTime();
        while (true) {
            int off = drift(api, marketPort, secret, skus);
            double elapsed = (System.nanoTime() - started) / 1e9;
            if (off == 0) {
                System.out.printf(
                        "Converged: every channel holds the available-to-sell of all %d SKUs %.1f s after the load%n",
                        skus.size(), elapsed);
                return elapsed;
            }
            if (elapsed > 120) {
                System.out.printf("NOT converged after %.0f s: %d SKU × channel values differ%n", elapsed, off);
                return -1;
            }
            Thread.sleep(500);
        }
    }

    private static int drift(ApiClient api, int marketPort, String secret, List<String> skus) throws Exception {
        int off = 0;
        Map<String, Map<String, Integer>> ats = new HashMap<>();
        for (String sku : skus) {
            Map<String, Integer> channels = new HashMap<>();
            api.get("/api/v1/stock/" + sku)
                    .json()
                    .get("availableToSell")
                    .get("channels")
                    .properties()
                    .forEach(e -> channels.put(e.getKey(), e.getValue().asInt()));
            ats.put(sku, channels);
        }
        for (var shop : SHOPS.entrySet()) {
            String query = "?skuCodes=" + URLEncoder.encode(String.join(",", skus), StandardCharsets.UTF_8);
            String path = "/sim/" + shop.getValue() + "/api/v1/inventory";
            String timestamp = Long.toString(System.currentTimeMillis());
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + marketPort + path + query))
                    .timeout(Duration.ofSeconds(10))
                    .header("X-App-Key", shop.getValue() + "-app")
                    .header("X-Timestamp", timestamp)
                    .header("X-Signature", Signatures.sign(secret, "GET", path, timestamp, new byte[0]))
                    .GET()
                    .build();
            JsonNode body = JSON.readTree(
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
            Map<String, Integer> theirs = new HashMap<>();
            body.get("items")
                    .forEach(i -> theirs.put(
                            i.get("skuCode").asString(), i.get("quantity").asInt()));
            for (String sku : skus) {
                if (!ats.get(sku).get(shop.getKey()).equals(theirs.get(sku))) {
                    off++;
                }
            }
        }
        return off;
    }

    private static boolean storedOnce(Connection db, String run, long sent) throws Exception {
        try (var statement = db.prepareStatement("""
                select count(*), count(distinct (channel_code, external_id)) from orders.orders
                where external_id like ?""")) {
            statement.setString(1, run + "-%");
            try (var rs = statement.executeQuery()) {
                rs.next();
                System.out.printf(
                        "Stored: %,d orders, %,d distinct (channel, external id)%n", rs.getLong(1), rs.getLong(2));
                return rs.getLong(1) == sent && rs.getLong(2) == sent;
            }
        }
    }

    private static int onHandMismatches(Connection db, List<String> skus, Map<String, Integer> expected)
            throws Exception {
        int mismatches = 0;
        try (var statement = db.prepareStatement("""
                select s.sku_code || '/' || w.code, s.on_hand from inventory.stock s
                join inventory.warehouses w on w.id = s.warehouse_id
                where s.sku_code = any(?)""")) {
            statement.setArray(1, db.createArrayOf("text", skus.toArray()));
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (!expected.getOrDefault(rs.getString(1), 0).equals(rs.getInt(2))) {
                        System.out.printf(
                                "on hand of %s is %d, movements make it %d%n",
                                rs.getString(1), rs.getInt(2), expected.get(rs.getString(1)));
                        mismatches++;
                    }
                }
            }
        }
        return mismatches;
    }

    private static int reservedMismatches(Connection db, List<String> skus) throws Exception {
        try (var statement = db.prepareStatement("""
                select count(*) from inventory.stock s
                join inventory.warehouses w on w.id = s.warehouse_id
                left join (select sku_code, warehouse_code, sum(quantity) as units from orders.order_allocations
                           where shipment_id is null group by sku_code, warehouse_code) a
                  on a.sku_code = s.sku_code and a.warehouse_code = w.code
                where s.sku_code = any(?) and (s.reserved <> coalesce(a.units, 0) or s.reserved > s.on_hand)""")) {
            statement.setArray(1, db.createArrayOf("text", skus.toArray()));
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
