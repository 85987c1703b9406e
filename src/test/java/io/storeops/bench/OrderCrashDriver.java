package io.storeops.bench;

import io.storeops.ApiClient;
import io.storeops.catalog.CatalogFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * The load and the judge of {@code bench/order-crash-run.sh}: seeds 200 SKUs in three warehouses over the API (nine in
 * ten plentiful, so orders are still being allocated when the power goes; one in ten scarce, so some orders wait for
 * stock), activates a 下单返券 template (one coupon to each new order's buyer) and issues coupons to redeem; then sends
 * order batches (100–500 orders of 1–3 lines) to {@code POST /api/v1/orders/batch} from several threads and coupon
 * redemptions from another — riding out the power cut (application and PostgreSQL killed at once) and restart that
 * the script performs meanwhile. An order or a redemption is acknowledged when its answer was received (the order's
 * outcome in a 200 answer, the redeemed coupon). Afterwards it resends what was not acknowledged, and a sample of
 * acknowledged orders, then checks through the API and the database (see {@link #check}). Exits with 1 if a check
 * fails. Usage: {@code OrderCrashDriver <appPort> <seconds> <work dir>} (the embedded database is in
 * {@code <work dir>/postgres}; the driver writes {@code <work dir>/load-started} when the load begins).
 */
public final class OrderCrashDriver {

    private static final int THREADS = 4;
    private static final int PRODUCTS = 50;
    private static final int PLENTIFUL = 5_000;
    private static final int SCARCE = 2;
    private static final int REDEMPTIONS_PER_SECOND = 40;
    private static final String[] WAREHOUSES = {"SH-01", "GZ-01", "BJ-01"};
    private static final String[] WAREHOUSE_PROVINCES = {"上海", "广东", "北京"};
    private static final String[] PROVINCES = {
        "上海", "江苏", "浙江", "广东", "广西", "福建", "北京", "天津", "河北", "山东", "四川", "湖北", "湖南", "河南", "陕西", "辽宁"
    };
    private static final String[] CHANNELS = {"TMALL", "JD", "DOUYIN"};

    private static final AtomicLong SEQ = new AtomicLong();
    /** Acknowledged orders and the status their first (CREATED) answer gave; "" when only a repeat was answered. */
    private static final Map<Long, String> ACKED = new ConcurrentHashMap<>();

    private static final Set<Long> UNACKED = ConcurrentHashMap.newKeySet();
    private static final Set<Long> REDEEMED_ACKED = ConcurrentHashMap.newKeySet();
    private static final Set<Long> REDEEMED_UNACKED = ConcurrentHashMap.newKeySet();
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
        long autoTemplate = autoIssueTemplate(api);
        List<Long> claims = claimsToRedeem(api, seconds * REDEMPTIONS_PER_SECOND);
        System.out.printf(
                "Order crash run: %d SKUs × %d warehouses (%,d units on hand; %d scarce SKUs), %d order threads,"
                        + " 1 redemption thread (%,d coupons), 下单返券 template %d, %d s of load%n",
                skus.size(),
                WAREHOUSES.length,
                onHandBefore.values().stream().mapToInt(Integer::intValue).sum(),
                skus.size() / 10,
                THREADS,
                claims.size(),
                autoTemplate,
                seconds);

        Files.writeString(work.resolve("load-started"), "now");
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        ExecutorService clients = Executors.newFixedThreadPool(THREADS + 1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(clients.submit(() -> {
                sendOrders(api, end);
                return null;
            }));
        }
        futures.add(clients.submit(() -> {
            redeem(api, claims, start, end);
            return null;
        }));
        for (Future<?> f : futures) {
            f.get();
        }
        clients.shutdown();
        System.out.printf(
                "Load done in %.1f s: %,d orders generated, %,d acknowledged, %,d not acknowledged; order requests %s;"
                        + " answers %s; %,d redemptions acknowledged, %,d not (%s)%n",
                (System.nanoTime() - start) / 1e9,
                SEQ.get(),
                ACKED.size(),
                UNACKED.stream().filter(n -> !ACKED.containsKey(n)).count(),
                counts("request"),
                counts("load:"),
                REDEEMED_ACKED.size(),
                REDEEMED_UNACKED.size(),
                counts("redeem"));

        waitUntilUp(api);
        resend(api);
        check(api, work, onHandBefore, autoTemplate, claims).exit();
    }

    private static void sendOrders(ApiClient api, long end) {
        while (System.nanoTime() < end) {
            var random = ThreadLocalRandom.current();
            List<Long> batch = new ArrayList<>();
            int size = 100 + random.nextInt(401);
            for (int i = 0; i < size; i++) {
                batch.add(SEQ.getAndIncrement());
            }
            // now and then a batch carries orders acknowledged before, as a channel re-delivering would
            if (random.nextInt(20) == 0 && ACKED.size() > 20) {
                ACKED.keySet().stream()
                        .skip(random.nextInt(ACKED.size() - 20))
                        .limit(20)
                        .forEach(batch::add);
            }
            if (!send(api, batch, "load")) {
                // the application is down or refused: wait until it answers again, then go on with new orders (the
                // failed batch is resent at the end, as a channel would)
                while (System.nanoTime() < end && !up(api)) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
                }
            }
        }
    }

    /** Redeems the coupons one by one, spread over the load, so that redemptions are in flight when the power goes. */
    private static void redeem(ApiClient api, List<Long> claims, long start, long end) {
        double perNano = claims.size() / (double) (end - start);
        int next = 0;
        while (System.nanoTime() < end && next < claims.size()) {
            long due = start + (long) (next / perNano);
            if (System.nanoTime() < due) {
                LockSupport.parkNanos(due - System.nanoTime());
                continue;
            }
            if (!redeemOne(api, claims.get(next++), "redeem")) {
                while (System.nanoTime() < end && !up(api)) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
                }
            }
        }
    }

    /**
     * Redeems one coupon for order reference {@code RD-<claim>}; acknowledged on 200, or on 409 when the coupon turns
     * out redeemed already for that same reference (a retry of a redemption whose answer was lost).
     */
    private static boolean redeemOne(ApiClient api, long claim, String phase) {
        ApiClient.Response response;
        try {
            response = api.post("/api/v1/coupons/claims/" + claim + "/redeem", Map.of("orderRef", "RD-" + claim));
        } catch (RuntimeException down) {
            count(phase, "no answer (app down)");
            REDEEMED_UNACKED.add(claim);
            return false;
        }
        count(phase, "HTTP " + response.status());
        boolean ours = response.status() == 409
                && response.body().contains("RD-" + claim)
                && response.body().contains("coupon-redeemed");
        if (response.status() == 200 || ours) {
            REDEEMED_ACKED.add(claim);
            REDEEMED_UNACKED.remove(claim);
            return true;
        }
        REDEEMED_UNACKED.add(claim);
        return false;
    }

    /** Sends again every order and redemption that was not acknowledged, and 2,000 acknowledged orders. */
    private static void resend(ApiClient api) {
        List<Long> unacked = new ArrayList<>(UNACKED);
        unacked.removeAll(ACKED.keySet());
        List<Long> againAcked = new ArrayList<>(ACKED.keySet()).subList(0, Math.min(2_000, ACKED.size()));
        for (List<Long> orders : List.of(unacked, againAcked)) {
            String phase = orders == unacked ? "resend-unacked" : "resend-acked";
            for (int from = 0; from < orders.size(); from += 500) {
                List<Long> batch = new ArrayList<>(orders.subList(from, Math.min(from + 500, orders.size())));
                retry(() -> send(api, batch, phase));
            }
        }
        List<Long> redemptions = new ArrayList<>(REDEEMED_UNACKED);
        redemptions.forEach(claim -> retry(() -> redeemOne(api, claim, "redeem-again")));
        System.out.printf(
                "Resent %,d unacknowledged orders (%s), %,d acknowledged ones again (%s), %,d unacknowledged"
                        + " redemptions (%s)%n",
                unacked.size(),
                counts("resend-unacked:"),
                againAcked.size(),
                counts("resend-acked:"),
                redemptions.size(),
                counts("redeem-again"));
    }

    private static void retry(BooleanSupplier attempt) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!attempt.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the application kept refusing for 5 minutes: " + COUNTS);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    /** Sends the orders as one batch; records each as acknowledged with the outcome its 200 answer gave. */
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
        count("request", "HTTP " + response.status());
        if (response.status() != 200) {
            UNACKED.addAll(batch);
            return false;
        }
        JsonNode answers = response.json();
        if (answers.size() != batch.size()) {
            throw new IllegalStateException("answered " + answers.size() + " of " + batch.size());
        }
        for (int i = 0; i < batch.size(); i++) {
            JsonNode answer = answers.get(i);
            if (!answer.get("externalId").asString().equals(externalId(batch.get(i)))) {
                throw new IllegalStateException("answers out of order: " + answer);
            }
            String outcome = answer.get("outcome").asString();
            String status =
                    answer.get("status").isNull() ? "" : answer.get("status").asString();
            count(phase + ":", outcome + "/" + status);
            ACKED.merge(batch.get(i), "CREATED".equals(outcome) ? status : "", (was, now) -> was.isEmpty() ? now : was);
        }
        return true;
    }

    private static void count(String group, String what) {
        COUNTS.computeIfAbsent(group + " " + what, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> counts(String group) {
        Map<String, Long> out = new TreeMap<>();
        COUNTS.forEach((k, v) -> {
            if (k.startsWith(group + " ")) {
                out.put(k.substring(group.length() + 1), v.sum());
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

    private static void waitUntilUp(ApiClient api) {
        retry(() -> up(api));
    }

    private static boolean up(ApiClient api) {
        try {
            return api.get("/api/v1/warehouses").status() == 200;
        } catch (RuntimeException down) {
            return false;
        }
    }

    /** A 下单返券 template: one 5.00 coupon to the buyer of every new order (up to 100 per buyer, never reached). */
    private static long autoIssueTemplate(ApiClient api) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", run + " 下单返券");
        body.put("kind", "SHOP");
        body.put("threshold", "0");
        body.put("amount", "5.00");
        body.put("validDays", 30);
        body.put("totalQuantity", 10_000_000);
        body.put("perUserLimit", 100);
        body.put("autoIssueOnOrder", true);
        var created = api.post("/api/v1/coupons/templates", body);
        require(created, 201);
        long id = created.json().get("id").asLong();
        require(api.post("/api/v1/coupons/templates/" + id + "/activate", Map.of()), 200);
        return id;
    }

    /** Issues one coupon each to {@code count} customers of a plain template; answers the claim ids to redeem. */
    private static List<Long> claimsToRedeem(ApiClient api, int count) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", run + " 满50减5");
        body.put("kind", "SHOP");
        body.put("threshold", "50.00");
        body.put("amount", "5.00");
        body.put("validDays", 30);
        body.put("totalQuantity", count);
        body.put("perUserLimit", 1);
        var created = api.post("/api/v1/coupons/templates", body);
        require(created, 201);
        long template = created.json().get("id").asLong();
        require(api.post("/api/v1/coupons/templates/" + template + "/activate", Map.of()), 200);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            customers.add(run + "-RC-" + i);
        }
        for (int from = 0; from < count; from += 1_000) {
            require(
                    api.post(
                            "/api/v1/coupons/templates/" + template + "/issue",
                            Map.of("customerIds", customers.subList(from, Math.min(from + 1_000, count)))),
                    200);
        }
        List<Long> claims = new ArrayList<>();
        for (int page = 0; claims.size() < count; page++) {
            var response = api.get("/api/v1/coupons/claims?templateId=" + template + "&size=500&page=" + page);
            require(response, 200);
            if (response.json().get("items").isEmpty()) {
                break;
            }
            response.json().get("items").forEach(c -> claims.add(c.get("id").asLong()));
        }
        if (claims.size() != count) {
            throw new IllegalStateException("issued " + claims.size() + " coupons of " + count);
        }
        return claims;
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
                            WAREHOUSES[w],
                            "name",
                            "仓 " + WAREHOUSES[w],
                            "province",
                            WAREHOUSE_PROVINCES[w],
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
        for (int i = 0; i < codes.size(); i++) {
            for (String warehouse : WAREHOUSES) {
                movements.add(Map.of(
                        "type",
                        "INBOUND",
                        "skuCode",
                        codes.get(i),
                        "warehouse",
                        warehouse,
                        "quantity",
                        i % 10 == 0 ? SCARCE : PLENTIFUL,
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

    /**
     * The end state after the power cut: orders (every acknowledged one stored once with the status it was acknowledged
     * with, every one sent stored after the resend), stock (reserved = the order allocations, on hand unchanged,
     * ledger reservations per order = its allocations, the ledger check clean), auto-issued coupons (each buyer holds
     * one per order) and redemptions (every acknowledged one stored, none counted twice).
     */
    private static Verdict check(
            ApiClient api, Path work, Map<String, Integer> onHandBefore, long autoTemplate, List<Long> claims)
            throws Exception {
        var verdict = new Verdict("Order crash run");
        List<String> pid = Files.readAllLines(work.resolve("postgres").resolve("postmaster.pid"));
        String url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres";
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                Statement sql = db.createStatement()) {
            checkOrders(sql, verdict);
            checkStock(sql, verdict, onHandBefore);
            checkAutoIssue(sql, verdict, autoTemplate);
            checkRedemptions(sql, verdict, claims);
        }
        JsonNode ledger = api.get("/api/v1/stock/ledger-check").json();
        verdict.check(
                "ledger check: on hand and reserved = the sums of the ledger",
                ledger.get("mismatches").isEmpty(),
                "%,d stock rows, %d mismatches"
                        .formatted(
                                ledger.get("stockRows").asLong(),
                                ledger.get("mismatches").size()));
        return verdict;
    }

    private static void checkOrders(Statement sql, Verdict verdict) throws SQLException {
        Map<String, Integer> stored = new HashMap<>();
        Map<String, String> statusOf = new HashMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        try (ResultSet rs = sql.executeQuery(
                "select external_id, status from orders.orders where external_id like '" + run + "-%'")) {
            while (rs.next()) {
                stored.merge(rs.getString(1), 1, Integer::sum);
                statusOf.put(rs.getString(1), rs.getString(2));
                statuses.merge(rs.getString(2), 1L, Long::sum);
            }
        }
        Set<Long> sent = new HashSet<>(ACKED.keySet());
        sent.addAll(UNACKED);
        long ackedMissing = ACKED.keySet().stream()
                .filter(n -> !stored.containsKey(externalId(n)))
                .count();
        long twice = stored.values().stream().filter(c -> c > 1).count();
        long statusChanged = ACKED.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && !e.getValue().equals(statusOf.get(externalId(e.getKey()))))
                .count();
        long sentMissing =
                sent.stream().filter(n -> !stored.containsKey(externalId(n))).count();
        long neverSent = stored.keySet().stream()
                .filter(id -> !sent.contains(Long.parseLong(id.substring(id.indexOf('-') + 1))))
                .count();
        verdict.check(
                "every acknowledged order stored",
                ackedMissing == 0,
                "%,d acknowledged, %,d missing".formatted(ACKED.size(), ackedMissing));
        verdict.check("no order stored twice", twice == 0, "%,d stored more than once".formatted(twice));
        verdict.check(
                "every acknowledged order has the status it was acknowledged with",
                statusChanged == 0,
                "%,d differ; statuses stored %s".formatted(statusChanged, statuses));
        verdict.check(
                "every order sent is stored after the resend, and no other",
                sentMissing == 0 && neverSent == 0 && stored.size() == sent.size(),
                "%,d sent, %,d stored, %,d missing, %,d never sent"
                        .formatted(sent.size(), stored.size(), sentMissing, neverSent));
    }

    private static void checkStock(Statement sql, Verdict verdict, Map<String, Integer> onHandBefore)
            throws SQLException {
        long rows = 0;
        long reservedMismatch = 0;
        long overReserved = 0;
        long onHandChanged = 0;
        long reservedUnits = 0;
        try (ResultSet rs = sql.executeQuery("""
                select s.sku_code, w.code, s.on_hand, s.reserved,
                       coalesce((select sum(a.quantity) from orders.order_allocations a
                                 where a.sku_code = s.sku_code and a.warehouse_code = w.code), 0) as allocated
                from inventory.stock s join inventory.warehouses w on w.id = s.warehouse_id
                where s.sku_code like '%s-%%'""".formatted(run))) {
            while (rs.next()) {
                rows++;
                int onHand = rs.getInt("on_hand");
                int reserved = rs.getInt("reserved");
                reservedUnits += reserved;
                reservedMismatch += reserved != rs.getInt("allocated") ? 1 : 0;
                overReserved += reserved > onHand ? 1 : 0;
                Integer before = onHandBefore.get(rs.getString("sku_code") + "@" + rs.getString("code"));
                onHandChanged += before == null || before != onHand ? 1 : 0;
            }
        }
        verdict.check(
                "reserved = the order allocations, never beyond on hand; on hand unchanged",
                rows == onHandBefore.size() && reservedMismatch == 0 && overReserved == 0 && onHandChanged == 0,
                "%,d stock rows (%,d before), %,d units reserved; %d rows reserved ≠ allocations, %d over-reserved,"
                                .formatted(rows, onHandBefore.size(), reservedUnits, reservedMismatch, overReserved)
                        + " %d with on hand changed".formatted(onHandChanged));
        long partial = single(sql, """
                select count(*) from orders.orders o
                join (select order_id, sum(quantity) as units from orders.order_lines group by order_id) l
                  on l.order_id = o.id
                left join (select order_id, sum(quantity) as units from orders.order_allocations group by order_id) a
                  on a.order_id = o.id
                where o.external_id like '%s-%%'
                  and ((o.status = 'ALLOCATED' and coalesce(a.units, 0) <> l.units)
                    or (o.status <> 'ALLOCATED' and coalesce(a.units, 0) <> 0))""".formatted(run));
        long ledgerOff = single(sql, """
                select count(*) from orders.orders o
                left join (select order_id, sum(quantity) as units from orders.order_allocations group by order_id) a
                  on a.order_id = o.id
                left join (select reference_id, sum(reserved_delta) as units from inventory.stock_ledger
                           where reference_type = 'order' group by reference_id) r
                  on r.reference_id = o.order_no
                where o.external_id like '%s-%%' and coalesce(a.units, 0) <> coalesce(r.units, 0)""".formatted(run));
        verdict.check(
                "each order's allocations match its status and lines, and its reservations in the ledger",
                partial == 0 && ledgerOff == 0,
                "%d orders with allocations ≠ status/lines, %d with ledger reservations ≠ allocations"
                        .formatted(partial, ledgerOff));
    }

    /** Waits (at most 60 s) for the auto-issue job to catch up, then compares coupons with orders per buyer. */
    private static void checkAutoIssue(Statement sql, Verdict verdict, long template) throws SQLException {
        String eligible = "select buyer_phone as customer, count(*) as n from orders.orders where external_id like '"
                + run + "-%' and status <> 'CANCELLED' and buyer_phone is not null group by buyer_phone";
        String issued = "select customer_id as customer, count(*) as n from promotions.coupon_claims"
                + " where template_id = " + template + " group by customer_id";
        long orders = single(sql, "select coalesce(sum(n), 0) from (" + eligible + ") e");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String covered = "select coalesce(sum(least(i.n, e.n)), 0) from (" + issued + ") i join (" + eligible
                + ") e using (customer)";
        while (single(sql, covered) < orders && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
        long coupons = single(sql, "select coalesce(sum(n), 0) from (" + issued + ") i");
        long missing = single(
                sql,
                "select coalesce(sum(e.n - coalesce(i.n, 0)), 0) from (" + eligible + ") e left join (" + issued
                        + ") i using (customer) where e.n > coalesce(i.n, 0)");
        long extra = single(
                sql,
                "select coalesce(sum(i.n - e.n), 0) from (" + issued + ") i join (" + eligible
                        + ") e using (customer) where i.n > e.n");
        // coupons for orders that are not the driver's (a shop of the simulated marketplace may place one)
        long others = single(
                sql,
                "select coalesce(sum(i.n), 0) from (" + issued + ") i where not exists (select 1 from (" + eligible
                        + ") e where e.customer = i.customer)");
        long counter = single(sql, "select issued from promotions.coupon_templates where id = " + template);
        verdict.check(
                "下单返券: each order's buyer holds exactly one coupon per order",
                missing == 0 && extra == 0 && counter == coupons,
                "%,d orders with a buyer, %,d coupons issued (template counter %,d); %,d missing, %,d twice;"
                                .formatted(orders, coupons, counter, missing, extra)
                        + " %,d to buyers of orders the driver did not send".formatted(others));
    }

    private static void checkRedemptions(Statement sql, Verdict verdict, List<Long> claims) throws SQLException {
        String ids = claims.stream()
                .map(String::valueOf)
                .reduce((a, b) -> a + "," + b)
                .orElse("0");
        Set<Long> redeemed = new HashSet<>();
        long wrongRef = 0;
        try (ResultSet rs = sql.executeQuery(
                "select id, order_ref from promotions.coupon_claims where redeemed_at is not null and id in (" + ids
                        + ")")) {
            while (rs.next()) {
                redeemed.add(rs.getLong(1));
                wrongRef += ("RD-" + rs.getLong(1)).equals(rs.getString(2)) ? 0 : 1;
            }
        }
        long ackedMissing =
                REDEEMED_ACKED.stream().filter(c -> !redeemed.contains(c)).count();
        long attempted = claims.stream()
                .filter(c -> REDEEMED_ACKED.contains(c) || REDEEMED_UNACKED.contains(c))
                .count();
        long neverAttempted = redeemed.stream()
                .filter(c -> !REDEEMED_ACKED.contains(c) && !REDEEMED_UNACKED.contains(c))
                .count();
        long counter = single(sql, """
                select coalesce(sum(t.redeemed), 0) from promotions.coupon_templates t
                where t.id in (select template_id from promotions.coupon_claims where id in (%s))""".formatted(ids));
        verdict.check(
                "every acknowledged redemption stored once",
                ackedMissing == 0 && wrongRef == 0 && neverAttempted == 0 && counter == redeemed.size(),
                "%,d redemptions acknowledged of %,d attempted; %,d coupons redeemed (template counter %,d);"
                                .formatted(REDEEMED_ACKED.size(), attempted, redeemed.size(), counter)
                        + " %,d acknowledged missing, %,d for another order, %,d never asked for"
                                .formatted(ackedMissing, wrongRef, neverAttempted));
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
