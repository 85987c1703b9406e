package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.channels.ChannelOrder;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.StockLevel;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many orders competing for the last units (F4.3): 1,000 orders sent at once from 20 threads — mixed batch sizes,
 * through the batch API and the ingestion service directly, some batches delivered twice — for 100 units spread over
 * three warehouses allocate exactly those 100 units: never more, never a partial order, the stock rows, the order
 * allocations and the ledger agree.
 */
@IntegrationTest
class OrderContentionTest {

    private static final String[] PROVINCES = {"上海", "广东", "北京", "浙江", "江苏", "四川", "湖北", "河北", "福建", "黑龙江"};
    private static final String[] CHANNELS = {"TMALL", "JD", "DOUYIN"};
    private static final int THREADS = 20;

    @LocalServerPort
    int port;

    @Autowired
    Inventory inventory;

    @Autowired
    OrderIngestion ingestion;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aThousandSingleUnitOrdersForAHundredUnitsInThreeWarehousesAllocateExactlyAHundred() throws Exception {
        String sku =
                OrderFixtures.skuWithStock(ApiClient.admin(port), inventory, "SH-01", 40, "GZ-01", 35, "BJ-01", 25);
        var random = new Random(42);
        List<ChannelOrder> placed = orders(sku, 1_000, random, r -> 1);

        Map<String, String> answered = sendConcurrently(placed, random);

        assertThat(answered).hasSize(1_000);
        assertThat(Collections.frequency(answered.values(), "ALLOCATED")).isEqualTo(100);
        assertThat(Collections.frequency(answered.values(), "AWAITING_STOCK")).isEqualTo(900);
        assertThat(statusCounts(sku)).isEqualTo(Map.of("ALLOCATED", 100L, "AWAITING_STOCK", 900L));
        assertThat(reserved(sku)).isEqualTo(Map.of("SH-01", 40, "GZ-01", 35, "BJ-01", 25));
        assertThat(allocatedPerWarehouse(sku)).isEqualTo(Map.of("SH-01", 40, "GZ-01", 35, "BJ-01", 25));
        assertNoWarehouseOverAllocated(sku);
        assertEveryAllocatedOrderServedInFullAndNoOtherReserved(sku);
        assertThat(jdbc.sql("select coalesce(sum(quantity), 0) from orders.order_allocations where sku_code = ?")
                        .param(sku)
                        .query(Long.class)
                        .single())
                .isEqualTo(100L);
        assertThat(inventory.verifyLedger().consistent()).isTrue();

        cancelWaiting(placed);
    }

    @Test
    void multiUnitOrdersNeverAllocateMoreThanExistsNorServeAnOrderInPart() throws Exception {
        String sku =
                OrderFixtures.skuWithStock(ApiClient.admin(port), inventory, "SH-01", 40, "GZ-01", 35, "BJ-01", 25);
        var random = new Random(7);
        List<ChannelOrder> placed = orders(sku, 600, random, r -> 1 + r.nextInt(3));
        Map<String, Integer> quantities = new HashMap<>();
        placed.forEach(o -> quantities.put(o.externalId(), o.lines().getFirst().quantity()));

        Map<String, String> answered = sendConcurrently(placed, random);

        assertThat(answered).hasSize(600);
        assertThat(answered.values()).containsOnly("ALLOCATED", "AWAITING_STOCK");
        int allocatedUnits = answered.entrySet().stream()
                .filter(e -> e.getValue().equals("ALLOCATED"))
                .mapToInt(e -> quantities.get(e.getKey()))
                .sum();
        assertThat(allocatedUnits).isLessThanOrEqualTo(100);
        Map<String, Integer> perWarehouse = allocatedPerWarehouse(sku);
        assertThat(perWarehouse.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(allocatedUnits);
        assertThat(reserved(sku)).isEqualTo(withZeros(perWarehouse));
        assertNoWarehouseOverAllocated(sku);
        assertEveryAllocatedOrderServedInFullAndNoOtherReserved(sku);
        // stock only went down during the run, so every waiting order was refused when at least what is left now
        // was available: none of them could be served from what is left
        int left = 100 - allocatedUnits;
        answered.forEach((externalId, status) -> {
            if (status.equals("AWAITING_STOCK")) {
                assertThat(quantities.get(externalId)).as(externalId).isGreaterThan(left);
            }
        });
        assertThat(inventory.verifyLedger().consistent()).isTrue();

        cancelWaiting(placed);
    }

    private interface Quantity {
        int next(Random random);
    }

    private static List<ChannelOrder> orders(String sku, int count, Random random, Quantity quantity) {
        String run = ApiClient.unique("CT-");
        long phoneBase = 10_000_000L + random.nextInt(80_000_000);
        List<ChannelOrder> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String province = PROVINCES[random.nextInt(PROVINCES.length)];
            String phone = "1" + (3 + i % 7) + "%09d".formatted(phoneBase + i);
            int units = quantity.next(random);
            orders.add(new ChannelOrder(
                    CHANNELS[i % CHANNELS.length],
                    run + "-" + i,
                    ChannelOrder.Status.PAID,
                    null,
                    null,
                    new ChannelOrder.Buyer("nick" + i, "买家" + i, phone),
                    new ChannelOrder.Address(province, province + "市", "中心区", "人民路 " + (i % 300 + 1) + " 号 3 栋 502"),
                    List.of(new ChannelOrder.Line(
                            sku,
                            null,
                            "抢购商品",
                            units,
                            Money.of("49.90"),
                            Money.ZERO,
                            Money.of("49.90").times(BigDecimal.valueOf(units)))),
                    Money.ZERO,
                    null,
                    "ALIPAY",
                    null));
        }
        return orders;
    }

    /**
     * Sends the orders in batches of 1–50 from 20 threads: three in four batches through the HTTP batch API, the rest
     * through the ingestion service directly; one batch in ten goes twice. Answers the status per external id from
     * the CREATED answers (each order must be created exactly once).
     */
    private Map<String, String> sendConcurrently(List<ChannelOrder> orders, Random random) throws Exception {
        List<List<ChannelOrder>> batches = new ArrayList<>();
        for (int from = 0; from < orders.size(); ) {
            int size = Math.min(1 + random.nextInt(50), orders.size() - from);
            batches.add(orders.subList(from, from + size));
            from += size;
        }
        List<List<ChannelOrder>> sends = new ArrayList<>(batches);
        for (int i = 0; i < batches.size(); i += 10) {
            sends.add(batches.get(i));
        }
        Collections.shuffle(sends, random);
        Map<String, String> created = new ConcurrentHashMap<>();
        Map<String, Integer> createdTimes = new ConcurrentHashMap<>();
        ThreadLocal<ApiClient> clients = ThreadLocal.withInitial(() -> ApiClient.admin(port));
        try (var pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < sends.size(); i++) {
                List<ChannelOrder> batch = sends.get(i);
                boolean http = i % 4 != 0;
                done.add(pool.submit(() -> {
                    for (var answer : http ? viaHttp(clients.get(), batch) : viaService(batch)) {
                        if (answer[1].equals("CREATED")) {
                            created.put(answer[0], answer[2]);
                            createdTimes.merge(answer[0], 1, Integer::sum);
                        } else {
                            assertThat(answer[1]).isEqualTo("DUPLICATE");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(createdTimes.values()).containsOnly(1);
        return created;
    }

    private static List<String[]> viaHttp(ApiClient client, List<ChannelOrder> batch) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (ChannelOrder o : batch) {
            var line = o.lines().getFirst();
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
            body.put(
                    "lines",
                    List.of(Map.of(
                            "skuCode",
                            line.skuCode(),
                            "title",
                            line.title(),
                            "quantity",
                            line.quantity(),
                            "unitPrice",
                            "49.90")));
            body.put("paymentMethod", o.paymentMethod());
            bodies.add(body);
        }
        var response = client.post("/api/v1/orders/batch", Map.of("orders", bodies));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String[]> answers = new ArrayList<>();
        response.json()
                .forEach(r -> answers.add(new String[] {
                    r.get("externalId").asString(),
                    r.get("outcome").asString(),
                    r.get("status").isNull() ? null : r.get("status").asString()
                }));
        return answers;
    }

    private List<String[]> viaService(List<ChannelOrder> batch) {
        return ingestion.ingest(batch, "API").stream()
                .map(r -> new String[] {
                    r.externalId(),
                    r.outcome().name(),
                    r.status() == null ? null : r.status().name()
                })
                .toList();
    }

    private Map<String, Long> statusCounts(String sku) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select o.status, count(*) as n from orders.orders o
                        where o.id in (select order_id from orders.order_lines where sku_code = ?)
                        group by o.status""").param(sku).query(rs -> {
            counts.put(rs.getString("status"), rs.getLong("n"));
        });
        return counts;
    }

    private Map<String, Integer> reserved(String sku) {
        Map<String, Integer> reserved = new HashMap<>();
        for (StockLevel level : inventory.levelsOf(sku)) {
            reserved.merge(level.warehouse(), level.reserved(), Integer::sum);
        }
        return reserved;
    }

    private static Map<String, Integer> withZeros(Map<String, Integer> perWarehouse) {
        Map<String, Integer> all = new HashMap<>(Map.of("SH-01", 0, "GZ-01", 0, "BJ-01", 0));
        all.putAll(perWarehouse);
        return all;
    }

    private Map<String, Integer> allocatedPerWarehouse(String sku) {
        Map<String, Integer> sums = new HashMap<>();
        jdbc.sql("""
                        select warehouse_code, sum(quantity) as units from orders.order_allocations
                        where sku_code = ? group by warehouse_code""").param(sku).query(rs -> {
            sums.put(rs.getString("warehouse_code"), rs.getInt("units"));
        });
        return sums;
    }

    private void assertNoWarehouseOverAllocated(String sku) {
        for (StockLevel level : inventory.levelsOf(sku)) {
            assertThat(level.reserved()).as(level.warehouse()).isLessThanOrEqualTo(level.onHand());
            assertThat(level.available()).as(level.warehouse()).isGreaterThanOrEqualTo(0);
        }
    }

    /** Allocated orders have allocations summing to their ordered units; every other order has none. */
    private void assertEveryAllocatedOrderServedInFullAndNoOtherReserved(String sku) {
        List<String> wrong = jdbc.sql("""
                        select o.order_no || ' ' || o.status || ' ordered ' || l.units || ' allocated '
                                 || coalesce(a.units, 0) as problem
                        from orders.orders o
                        join (select order_id, sum(quantity) as units from orders.order_lines
                              where sku_code = ? group by order_id) l on l.order_id = o.id
                        left join (select order_id, sum(quantity) as units from orders.order_allocations
                                   group by order_id) a on a.order_id = o.id
                        where (o.status = 'ALLOCATED' and coalesce(a.units, 0) <> l.units)
                           or (o.status <> 'ALLOCATED' and coalesce(a.units, 0) <> 0)""").param(sku).query(String.class).list();
        assertThat(wrong).isEmpty();
    }

    /**
     * The channel cancels the orders still waiting, so that they do not sit at the head of the periodic retry of
     * waiting orders (which takes only the oldest 200) for the other tests sharing this database.
     */
    private void cancelWaiting(List<ChannelOrder> placed) {
        List<ChannelOrder> cancelled = placed.stream()
                .map(o -> new ChannelOrder(
                        o.channel(),
                        o.externalId(),
                        ChannelOrder.Status.CANCELLED,
                        o.createdAt(),
                        o.paidAt(),
                        o.buyer(),
                        o.address(),
                        o.lines(),
                        o.shippingFee(),
                        o.total(),
                        o.paymentMethod(),
                        o.buyerMessage()))
                .toList();
        List<String> waiting = jdbc.sql("""
                        select external_id from orders.orders
                        where status = 'AWAITING_STOCK' and external_id = any(?::text[])""")
                .param((Object) placed.stream().map(ChannelOrder::externalId).toArray(String[]::new))
                .query(String.class)
                .list();
        var toCancel =
                cancelled.stream().filter(o -> waiting.contains(o.externalId())).toList();
        for (int from = 0; from < toCancel.size(); from += 500) {
            ingestion.ingest(toCancel.subList(from, Math.min(from + 500, toCancel.size())), "API");
        }
    }
}
