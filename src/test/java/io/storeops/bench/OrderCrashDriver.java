package io.storeops.bench;

import io.storeops.ApiClient;
import io.storeops.catalog.CatalogFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.JsonNode;

/**
 * The load and the judge of {@code bench/order-crash-run.sh}: seeds 200 SKUs in three warehouses over the API, then
 * sends order batches (100–500 orders of 1–3 lines, buyers in many provinces) to {@code POST /api/v1/orders/batch}
 * from several threads for a while — riding out the application's {@code kill -9} and restart that the script
 * performs meanwhile — and remembers which orders were acknowledged (HTTP 200). Afterwards it sends again every order
 * that was not acknowledged, and a sample of acknowledged ones, then checks through the API and the database: every
 * order exists exactly once, the reservations of the order allocations equal the reserved column of every stock row,
 * on hand is unchanged, the ledger check finds no mismatch. Exits with 1 if a check fails.
 * Usage: {@code OrderCrashDriver <appPort> <seconds> <work dir>} (the embedded database is in {@code <work dir>/postgres},
 * the driver writes {@code <work dir>/load-started} when the load begins).
 */
public final class OrderCrashDriver {

    private static final int THREADS = 4;
    private static final int PRODUCTS = 50;
    private static final String[][] WAREHOUSES = {{"SH-01", "上海", "300"}, {"GZ-01", "广东", "200"}, {"BJ-01", "北京", "100"}
    };
    private static final String[] PROVINCES = {
        "上海", "江苏", "浙江", "广东", "广西", "福建", "北京", "天津", "河北", "山东", "四川", "湖北", "湖南", "河南", "陕西", "辽宁"
    };
    private static final String[] CHANNELS = {"TMALL", "JD", "DOUYIN"};

    private static final AtomicLong SEQ = new AtomicLong();
    private static final Set<Long> ACKED = ConcurrentHashMap.newKeySet();
    private static final Set<Long> UNACKED = ConcurrentHashMap.newKeySet();
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    private static String run;
    private static List<String> skus;

    private OrderCrashDriver() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        var admin = ApiClient.admin(port);
        String token = admin.post("/api/v1/api-tokens", Map.of("name", "order-crash-run", "role", "ADMIN"))
                .json()
                .get("token")
                .asString();
        var api = ApiClient.withToken(port, token); // survives the restart, unlike the session
        run = "CR"
                + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        skus = seed(api);
        Map<String, Integer> onHandBefore = onHand(api);
        System.out.printf(
                "Order crash run: %d SKUs × %d warehouses (%,d units on hand), %d client threads, %d s of load%n",
                skus.size(),
                WAREHOUSES.length,
                onHandBefore.values().stream().mapToInt(Integer::intValue).sum(),
                THREADS,
                seconds);

        Files.writeString(work.resolve("load-started"), "now");
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(clients.submit(() -> {
                while (System.nanoTime() < end) {
                    var random = ThreadLocalRandom.current();
                    List<Long> batch = new ArrayList<>();
                    int size = 100 + random.nextInt(401);
                    for (int i = 0; i < size; i++) {
                        batch.add(SEQ.getAndIncrement());
                    }
                    // now and then a batch carries orders acknowledged before, as a channel re-delivering would
                    if (random.nextInt(20) == 0 && ACKED.size() > 20) {
                        ACKED.stream()
                                .skip(random.nextInt(ACKED.size() - 20))
                                .limit(20)
                                .forEach(batch::add);
                    }
                    if (!send(api, batch, "load")) {
                        // the application is down or refused: wait until it answers again, then go on with new
                        // orders (the failed batch is resent at the end, as a channel would)
                        while (System.nanoTime() < end && !up(api)) {
                            Thread.sleep(250);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        clients.shutdown();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "Load done in %.1f s: %,d orders generated, %,d acknowledged, %,d not acknowledged;"
                        + " requests: %s%n",
                loadSeconds, SEQ.get(), ACKED.size(), UNACKED.size(), counts("request"));

        waitUntilUp(api);
        List<Long> resend = new ArrayList<>(UNACKED);
        resend.removeAll(ACKED);
        List<Long> againAcked = new ArrayList<>(ACKED).subList(0, Math.min(2_000, ACKED.size()));
        for (int from = 0; from < resend.size(); from += 500) {
            List<Long> batch = new ArrayList<>(resend.subList(from, Math.min(from + 500, resend.size())));
            while (!send(api, batch, "resend-unacked")) {
                Thread.sleep(500);
            }
        }
        for (int from = 0; from < againAcked.size(); from += 500) {
            List<Long> batch = new ArrayList<>(againAcked.subList(from, Math.min(from + 500, againAcked.size())));
            while (!send(api, batch, "resend-acked")) {
                Thread.sleep(500);
            }
        }
        System.out.printf(
                "Resent %,d unacknowledged orders (%s) and %,d acknowledged ones again (%s)%n",
                resend.size(), counts("resend-unacked:"), againAcked.size(), counts("resend-acked:"));

        boolean ok = check(api, work, onHandBefore);
        System.out.println(ok ? "RESULT: all checks passed" : "RESULT: CHECKS FAILED");
        System.exit(ok ? 0 : 1);
    }

    /** Sends the orders as one batch; records them as acknowledged on HTTP 200. */
    private static boolean send(ApiClient api, List<Long> batch, String phase) {
        List<Map<String, Object>> orders = new ArrayList<>();
        batch.forEach(n -> orders.add(order(n)));
        ApiClient.Response response;
        try {
            response = api.post("/api/v1/orders/batch", Map.of("orders", orders));
        } catch (RuntimeException down) {
            count("request", "no answer (app down)");
            UNACKED.addAll(batch);
            return false;
        }
        if (response.status() != 200) {
            count("request", "HTTP " + response.status());
            UNACKED.addAll(batch);
            return false;
        }
        count("request", "HTTP 200");
        JsonNode answers = response.json();
        if (answers.size() != batch.size()) {
            throw new IllegalStateException("answered " + answers.size() + " of " + batch.size());
        }
        for (int i = 0; i < batch.size(); i++) {
            JsonNode answer = answers.get(i);
            if (!answer.get("externalId").asString().equals(externalId(batch.get(i)))) {
                throw new IllegalStateException("answers out of order: " + answer);
            }
            count(phase + ":", answer.get("outcome").asString());
        }
        ACKED.addAll(batch);
        return true;
    }

    private static void count(String group, String what) {
        COUNTS.computeIfAbsent(group + " " + what, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> counts(String group) {
        Map<String, Long> out = new TreeMap<>();
        COUNTS.forEach((k, v) -> {
            if (k.startsWith(group + " ") || k.startsWith(group)) {
                out.put(k.substring(k.indexOf(' ') + 1), v.sum());
            }
        });
        return out;
    }

    private static String externalId(long n) {
        return run + "-" + n;
    }

    /** Order number {@code n}, always with the same content. */
    private static Map<String, Object> order(long n) {
        var random = new Random(n * 31 + 7);
        int buyer = random.nextInt(50_000);
        String province = PROVINCES[buyer % PROVINCES.length];
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("channel", CHANNELS[(int) (n % CHANNELS.length)]);
        order.put("externalId", externalId(n));
        order.put(
                "buyer",
                Map.of("nick", "b" + buyer, "name", "买家" + buyer, "phone", "13" + "%09d".formatted(buyer * 7L)));
        order.put(
                "address",
                Map.of(
                        "province", province,
                        "city", province + "市",
                        "district", "第" + (buyer % 7 + 1) + "区",
                        "detail", "解放路 " + (buyer % 400 + 1) + " 号 1 栋 " + (buyer % 20 + 1) + "02"));
        Set<String> chosen = new HashSet<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        int lineCount = 1 + random.nextInt(3);
        while (lines.size() < lineCount) {
            String sku = skus.get(random.nextInt(skus.size()));
            if (chosen.add(sku)) {
                lines.add(Map.of("skuCode", sku, "quantity", 1 + random.nextInt(2), "unitPrice", "59.00"));
            }
        }
        order.put("lines", lines);
        order.put("paymentMethod", "ALIPAY");
        return order;
    }

    private static void waitUntilUp(ApiClient api) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (up(api)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not come back");
    }

    private static boolean up(ApiClient api) {
        try {
            return api.get("/api/v1/warehouses").status() == 200;
        } catch (RuntimeException down) {
            return false;
        }
    }

    private static List<String> seed(ApiClient api) {
        var category = api.post(
                "/api/v1/categories",
                Map.of("code", run.toLowerCase() + "-crash", "nameZh", "崩溃测试", "nameEn", "Crash run"));
        require(category, 201);
        long categoryId = category.json().get("id").asLong();
        for (int w = 0; w < WAREHOUSES.length; w++) {
            var warehouse = api.post(
                    "/api/v1/warehouses",
                    Map.of(
                            "code",
                            WAREHOUSES[w][0],
                            "name",
                            "仓 " + WAREHOUSES[w][0],
                            "province",
                            WAREHOUSES[w][1],
                            "priority",
                            w + 1));
            if (warehouse.status() != 201 && warehouse.status() != 409) {
                throw new IllegalStateException("Could not create warehouse: " + warehouse);
            }
        }
        List<String> codes = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            String spu = run + "-P" + p;
            List<Object> productSkus = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                codes.add(spu + "-" + s);
                productSkus.add(CatalogFixtures.sku(spu + "-" + s, "色" + s, "规格" + s, "20.00", "59.00"));
            }
            require(
                    api.post(
                            "/api/v1/products",
                            Map.of(
                                    "spuCode",
                                    spu,
                                    "title",
                                    "崩溃测试商品 " + p + " 全棉四件套",
                                    "categoryId",
                                    categoryId,
                                    "brand",
                                    "测试家纺",
                                    "descriptionHtml",
                                    "<p>新疆长绒棉，60支贡缎工艺，亲肤透气，四季可用，机洗不起球，七天无理由退换。</p>",
                                    "images",
                                    List.of(
                                            "https://img.example.com/1.jpg",
                                            "https://img.example.com/2.jpg",
                                            "https://img.example.com/3.jpg",
                                            "https://img.example.com/4.jpg",
                                            "https://img.example.com/5.jpg"),
                                    "attributes",
                                    Map.of("材质", "全棉"),
                                    "skus",
                                    productSkus)),
                    201);
        }
        List<Map<String, Object>> movements = new ArrayList<>();
        for (String sku : codes) {
            for (String[] w : WAREHOUSES) {
                movements.add(Map.of(
                        "type",
                        "INBOUND",
                        "skuCode",
                        sku,
                        "warehouse",
                        w[0],
                        "quantity",
                        Integer.parseInt(w[2]),
                        "reason",
                        "opening stock"));
            }
        }
        require(api.post("/api/v1/stock/movements", Map.of("movements", movements)), 200);
        return codes;
    }

    private static void require(ApiClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response);
        }
    }

    /** On hand per SKU × warehouse, through the API. */
    private static Map<String, Integer> onHand(ApiClient api) {
        Map<String, Integer> levels = new TreeMap<>();
        for (String sku : skus) {
            var response = api.get("/api/v1/stock/" + sku);
            require(response, 200);
            for (JsonNode level : response.json().get("warehouses")) {
                levels.put(
                        sku + "@" + level.get("warehouse").asString(),
                        level.get("onHand").asInt());
            }
        }
        return levels;
    }

    private static boolean check(ApiClient api, Path work, Map<String, Integer> onHandBefore) throws Exception {
        boolean ok = true;
        List<String> pid = Files.readAllLines(work.resolve("postgres").resolve("postmaster.pid"));
        String url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres";
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                Statement sql = db.createStatement()) {
            Map<String, Integer> stored = new HashMap<>();
            Map<String, Long> statuses = new TreeMap<>();
            try (ResultSet rs = sql.executeQuery(
                    "select external_id, status from orders.orders where external_id like '" + run + "-%'")) {
                while (rs.next()) {
                    stored.merge(rs.getString(1), 1, Integer::sum);
                    statuses.merge(rs.getString(2), 1L, Long::sum);
                }
            }
            long rows = stored.values().stream().mapToLong(Integer::longValue).sum();
            long duplicates = stored.values().stream().filter(c -> c > 1).count();
            long ackedMissing = ACKED.stream()
                    .filter(n -> !stored.containsKey(externalId(n)))
                    .count();
            long ackedTwice = ACKED.stream()
                    .filter(n -> stored.getOrDefault(externalId(n), 0) > 1)
                    .count();
            Set<Long> sent = new HashSet<>(ACKED);
            sent.addAll(UNACKED);
            long sentMissing = sent.stream()
                    .filter(n -> !stored.containsKey(externalId(n)))
                    .count();
            long unknown = stored.keySet().stream()
                    .filter(id -> !sent.contains(Long.parseLong(id.substring(id.indexOf('-') + 1))))
                    .count();
            System.out.printf(
                    "Orders: %,d rows for %,d distinct orders sent; %,d acknowledged orders missing, %,d stored more"
                            + " than once, %,d orders stored twice overall, %,d sent orders missing after the resend,"
                            + " %,d stored that were never sent; statuses %s%n",
                    rows, sent.size(), ackedMissing, ackedTwice, duplicates, sentMissing, unknown, statuses);
            ok &= ackedMissing == 0 && ackedTwice == 0 && duplicates == 0 && sentMissing == 0 && unknown == 0;
            ok &= rows == sent.size();

            String skuList = "'" + String.join("','", skus) + "'";
            long stockRows = 0;
            long reservedMismatch = 0;
            long onHandChanged = 0;
            long overReserved = 0;
            long reservedUnits = 0;
            try (ResultSet rs = sql.executeQuery("""
                    select s.sku_code, w.code, s.on_hand, s.reserved,
                           coalesce((select sum(a.quantity) from orders.order_allocations a
                                     where a.sku_code = s.sku_code and a.warehouse_code = w.code), 0) as allocated
                    from inventory.stock s join inventory.warehouses w on w.id = s.warehouse_id
                    where s.sku_code in (%s)""".formatted(skuList))) {
                while (rs.next()) {
                    stockRows++;
                    int onHand = rs.getInt("on_hand");
                    int reserved = rs.getInt("reserved");
                    reservedUnits += reserved;
                    if (reserved != rs.getInt("allocated")) {
                        reservedMismatch++;
                    }
                    if (reserved > onHand) {
                        overReserved++;
                    }
                    if (onHandBefore.get(rs.getString("sku_code") + "@" + rs.getString("code")) != onHand) {
                        onHandChanged++;
                    }
                }
            }
            long partial;
            try (ResultSet rs = sql.executeQuery("""
                    select count(*) from orders.orders o
                    join (select order_id, sum(quantity) as units from orders.order_lines group by order_id) l
                      on l.order_id = o.id
                    left join (select order_id, sum(quantity) as units from orders.order_allocations group by order_id) a
                      on a.order_id = o.id
                    where o.external_id like '%s-%%'
                      and ((o.status = 'ALLOCATED' and coalesce(a.units, 0) <> l.units)
                        or (o.status <> 'ALLOCATED' and coalesce(a.units, 0) <> 0))""".formatted(run))) {
                rs.next();
                partial = rs.getLong(1);
            }
            System.out.printf(
                    "Stock: %,d rows, %,d units reserved; %d rows whose reserved ≠ the sum of their order allocations,"
                            + " %d rows reserved beyond on hand, %d rows whose on hand changed (%,d units on hand"
                            + " before); %d orders whose allocations do not match their status and lines%n",
                    stockRows,
                    reservedUnits,
                    reservedMismatch,
                    overReserved,
                    onHandChanged,
                    onHandBefore.values().stream().mapToInt(Integer::intValue).sum(),
                    partial);
            ok &= stockRows == onHandBefore.size()
                    && reservedMismatch == 0
                    && overReserved == 0
                    && onHandChanged == 0
                    && partial == 0;
        }
        JsonNode ledger = api.get("/api/v1/stock/ledger-check").json();
        System.out.printf(
                "Ledger check (API): %,d stock rows, %d mismatches%n",
                ledger.get("stockRows").asLong(), ledger.get("mismatches").size());
        ok &= ledger.get("mismatches").isEmpty();
        return ok;
    }
}
