package io.storeops.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.marketplace.ListingStock;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.OrderRequest;
import io.storeops.marketplace.SimulatedMarketplace;
import io.storeops.orders.OrderFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scale-out shown, not only designed: a second StoreOps instance on the same PostgreSQL takes half of the traffic while
 * the shared test context takes the other half — every order sent to both at once, stock movements to either, orders
 * pulled from the simulated marketplace by both. Stock stays exact, each order is stored once, each stock version is
 * delivered once (the outbox leases are shared), and every connected channel ends at its available-to-sell.
 */
@IntegrationTest
class TwoInstancesTest {

    private static final String[] WAREHOUSES = {"SH-01", "GZ-01"};
    private static final String[] CHANNELS = {"TMALL", "JD", "DOUYIN"};
    private static final int SKUS = 6;
    private static final int ORDERS = 120;
    private static final int ORDER_BATCH = 12;
    private static final int MOVEMENT_REQUESTS = 40;
    private static final int MARKETPLACE_ORDERS = 8;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Inventory inventory;

    @Autowired
    Allocations allocations;

    @Autowired
    SimulatedMarketplace marketplace;

    @Autowired
    ChannelPulls pulls;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoInstancesOnOneDatabaseKeepStockExactStoreEachOrderOnceAndConvergeEveryChannel() throws Exception {
        List<String> skus = scarceSkus();
        String plentiful = plentifulSku();
        Map<String, Integer> onHand = new ConcurrentHashMap<>();
        skus.forEach(sku -> {
            onHand.put(sku + "/SH-01", 12);
            onHand.put(sku + "/GZ-01", 8);
        });
        awaitChannelsEqualAvailableToSell(List.of(plentiful));
        awaitChannelsEqualAvailableToSell(skus);

        try (var second = SecondInstance.start(dataSource, port)) {
            int[] ports = {port, second.port()};
            var random = new Random(20261207);
            List<Map<String, Object>> orders = orders(skus, random);
            List<MarketplaceOrder> placed = placeOnMarketplace(plentiful);
            Map<String, Integer> created = new ConcurrentHashMap<>();
            Map<String, String> statuses = new ConcurrentHashMap<>();
            List<Callable<Object>> work = new ArrayList<>();
            for (int from = 0; from < orders.size(); from += ORDER_BATCH) {
                var batch = orders.subList(from, Math.min(from + ORDER_BATCH, orders.size()));
                for (int instance : ports) {
                    work.add(() -> sendOrders(instance, batch, created, statuses));
                }
            }
            for (int i = 0; i < MOVEMENT_REQUESTS; i++) {
                int instance = ports[i % 2];
                List<Movement> movements = movements(skus, new Random(random.nextLong()));
                work.add(() -> move(instance, movements, onHand));
            }
            for (ChannelPulls instancePulls : List.of(pulls, second.bean(ChannelPulls.class))) {
                for (int i = 0; i < 3; i++) {
                    work.add(() -> instancePulls.pull("TMALL", PullStatus.Stream.ORDERS));
                }
            }
            Collections.shuffle(work, random);
            runAtOnce(work);

            assertThat(created)
                    .as("each order answered CREATED by exactly one instance")
                    .hasSize(ORDERS);
            assertThat(created.values()).containsOnly(1);
            assertThat(statuses.values()).containsOnly("ALLOCATED", "AWAITING_STOCK");
            awaitEachMarketplaceOrderStoredOnce(placed);
            assertStockExact(skus, onHand);
            List<String> all = new ArrayList<>(skus);
            all.add(plentiful);
            awaitChannelsEqualAvailableToSell(all);
            assertEachStockVersionDeliveredOnce(all);

            cancelWaiting(ports[1], orders);
            aConnectionSavedOnOneInstanceIsUsedByTheOther(ports[1], ports[0]);
        }
        assertStockExact(skus, onHand);
    }

    /** SKUs with 12 units in Shanghai and 8 in Guangzhou: 120 orders of 1–2 units want more than that. */
    private List<String> scarceSkus() {
        var admin = ApiClient.admin(port);
        List<String> skus = new ArrayList<>();
        List<Movement> stock = new ArrayList<>();
        for (int i = 0; i < SKUS; i++) {
            String sku = CatalogFixtures.create(admin, "两实例 测试家纺")
                    .get("skus")
                    .get(0)
                    .get("skuCode")
                    .asString();
            skus.add(sku);
            stock.add(new Movement(MovementType.INBOUND, sku, "SH-01", 12, "two instances", "test", null));
            stock.add(new Movement(MovementType.INBOUND, sku, "GZ-01", 8, "two instances", "test", null));
        }
        inventory.apply(stock);
        return skus;
    }

    /** A SKU the marketplace's own buyers order, with stock enough for all of them (their orders always allocate). */
    private String plentifulSku() {
        String sku = CatalogFixtures.create(ApiClient.admin(port), "两实例 测试家纺 平台单")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
        inventory.apply(List.of(new Movement(MovementType.INBOUND, sku, "SH-01", 100, "two instances", "test", null)));
        return sku;
    }

    private static List<Map<String, Object>> orders(List<String> skus, Random random) {
        String run = ApiClient.unique("TWO-");
        List<Map<String, Object>> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            String phone = "13%09d".formatted(random.nextInt(1_000_000_000));
            orders.add(OrderFixtures.order(
                    CHANNELS[i % CHANNELS.length],
                    run + "-" + i,
                    i % 2 == 0 ? "上海" : "广东",
                    phone,
                    skus.get(random.nextInt(skus.size())),
                    1 + random.nextInt(2)));
        }
        return orders;
    }

    /** Buyers order on the marketplace itself, which both instances then pull at the same time. */
    private List<MarketplaceOrder> placeOnMarketplace(String sku) {
        List<MarketplaceOrder> placed = new ArrayList<>();
        for (int i = 0; i < MARKETPLACE_ORDERS; i++) {
            placed.add(marketplace.placeOrder(StockSyncTest.SHOP, OrderRequest.of(OrderRequest.Line.of(sku, 1))));
        }
        return placed;
    }

    private static Object sendOrders(
            int instance, List<Map<String, Object>> batch, Map<String, Integer> created, Map<String, String> statuses) {
        var response = ApiClient.admin(instance).post("/api/v1/orders/batch", Map.of("orders", batch));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        response.json().forEach(answer -> {
            String outcome = answer.get("outcome").asString();
            if (outcome.equals("CREATED")) {
                created.merge(answer.get("externalId").asString(), 1, Integer::sum);
                statuses.put(
                        answer.get("externalId").asString(),
                        answer.get("status").asString());
            } else {
                assertThat(outcome).isEqualTo("DUPLICATE");
            }
        });
        return null;
    }

    /** One to three receipts and sales over the SKUs, all or nothing; a sale the stock cannot cover is refused. */
    private static List<Movement> movements(List<String> skus, Random random) {
        List<Movement> movements = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            boolean receipt = random.nextInt(3) > 0;
            movements.add(new Movement(
                    receipt ? MovementType.INBOUND : MovementType.OUTBOUND,
                    skus.get(random.nextInt(skus.size())),
                    WAREHOUSES[random.nextInt(WAREHOUSES.length)],
                    1 + random.nextInt(receipt ? 3 : 2),
                    "two instances",
                    null,
                    null));
        }
        return movements;
    }

    private static Object move(int instance, List<Movement> movements, Map<String, Integer> onHand) {
        var response = ApiClient.admin(instance).post("/api/v1/stock/movements", Map.of("movements", movements));
        assertThat(response.status()).as(response.body()).isIn(200, 422);
        if (response.status() == 200) {
            movements.forEach(m ->
                    onHand.merge(m.skuCode() + "/" + m.warehouse(), m.type().onHandDelta(m.quantity()), Integer::sum));
        }
        return null;
    }

    private static void runAtOnce(List<Callable<Object>> work) throws Exception {
        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<Object>> done = pool.invokeAll(work);
            for (Future<Object> f : done) {
                f.get();
            }
        }
    }

    private void awaitEachMarketplaceOrderStoredOnce(List<MarketplaceOrder> placed) {
        List<String> ids = placed.stream().map(MarketplaceOrder::orderId).toList();
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    Map<String, Long> stored = new HashMap<>();
                    jdbc.sql("""
                            select external_id, count(*) as n from orders.orders
                            where channel_code = 'TMALL' and external_id = any(?::text[]) group by external_id""").param((Object) ids.toArray(String[]::new)).query(rs -> {
                        stored.put(rs.getString("external_id"), rs.getLong("n"));
                    });
                    assertThat(stored).hasSize(ids.size());
                    assertThat(stored.values()).containsOnly(1L);
                });
        assertThat(jdbc.sql("""
                        select count(*) from channels.inbound_orders
                        where channel_code = 'TMALL' and external_id = any(?::text[])""")
                        .param((Object) ids.toArray(String[]::new))
                        .query(Long.class)
                        .single())
                .isEqualTo(ids.size());
    }

    /**
     * On hand is what the accepted movements made it; reserved equals the open order allocations (read in one
     * statement, so one snapshot: the waiting-for-stock retry of either instance may allocate at any moment) and never
     * exceeds on hand; the ledger explains every row.
     */
    private void assertStockExact(List<String> skus, Map<String, Integer> onHand) {
        Map<String, Integer> actualOnHand = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        jdbc.sql("""
                        select s.sku_code || '/' || w.code as row_key, s.on_hand, s.reserved,
                               coalesce(a.units, 0) as allocated
                        from inventory.stock s
                        join inventory.warehouses w on w.id = s.warehouse_id
                        left join (select sku_code, warehouse_code, sum(quantity) as units
                                   from orders.order_allocations where shipment_id is null
                                   group by sku_code, warehouse_code) a
                          on a.sku_code = s.sku_code and a.warehouse_code = w.code
                        where s.sku_code = any(?::text[])""").param((Object) skus.toArray(String[]::new)).query(rs -> {
            String key = rs.getString("row_key");
            actualOnHand.put(key, rs.getInt("on_hand"));
            if (rs.getInt("reserved") != rs.getInt("allocated") || rs.getInt("reserved") > rs.getInt("on_hand")) {
                wrong.add(key + " on hand " + rs.getInt("on_hand") + " reserved " + rs.getInt("reserved")
                        + " allocated " + rs.getInt("allocated"));
            }
        });
        assertThat(actualOnHand).isEqualTo(onHand);
        assertThat(wrong).isEmpty();
        assertThat(inventory.verifyLedger().consistent()).isTrue();
    }

    /** The simulated marketplace (TMALL) and the webhook shop (WEBSHOP) both end at the available-to-sell. */
    private void awaitChannelsEqualAvailableToSell(List<String> skus) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    for (String sku : skus) {
                        Map<String, Integer> ats =
                                allocations.availableToSell(sku).channels();
                        ListingStock tmall = marketplace
                                .stock(StockSyncTest.SHOP, sku)
                                .orElseThrow(() -> new AssertionError(sku + " not on TMALL yet"));
                        assertThat(tmall.quantity()).as("TMALL " + sku).isEqualTo((long) ats.get("TMALL"));
                        assertThat(TestWebhookReceiver.STOCK.get(sku))
                                .as("WEBSHOP " + sku)
                                .isEqualTo(ats.get("WEBSHOP"));
                    }
                });
    }

    /** No stock version reached the shop twice: each outbox row was claimed by one instance at a time. */
    private static void assertEachStockVersionDeliveredOnce(List<String> skus) {
        Map<String, Integer> ours = new HashMap<>();
        TestWebhookReceiver.DELIVERIES.forEach((version, times) -> {
            if (skus.contains(version.substring(0, version.indexOf('@')))) {
                ours.put(version, times);
            }
        });
        assertThat(ours).isNotEmpty();
        assertThat(ours)
                .allSatisfy((version, times) -> assertThat(times).as(version).isEqualTo(1));
    }

    /** A channel connected in the console of one instance is connected on the other within seconds, and removed too. */
    private static void aConnectionSavedOnOneInstanceIsUsedByTheOther(int savedOn, int other) {
        var admin = ApiClient.admin(savedOn);
        Map<String, Object> jd =
                new HashMap<>(ChannelConnectionsApiTest.jdConnection("test-only-console-secret", null));
        jd.put("baseUrl", "http://localhost:" + other);
        try {
            var saved = admin.put("/api/v1/channels/connections/JD", jd);
            assertThat(saved.status()).as(saved.body()).isIn(200, 201);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(jdConnected(other)).isTrue());
        } finally {
            admin.delete("/api/v1/channels/connections/JD");
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdConnected(other)).isFalse());
    }

    private static boolean jdConnected(int instance) {
        for (var channel :
                ApiClient.admin(instance).get("/api/v1/channels/sync-status").json()) {
            if (channel.get("channel").asString().equals("JD")) {
                return channel.get("connected").asBoolean();
            }
        }
        return false;
    }

    /** Orders still waiting are cancelled, so they do not wait for stock in the other tests of the shared database. */
    private void cancelWaiting(int instance, List<Map<String, Object>> orders) {
        List<String> waiting = jdbc.sql("""
                        select external_id from orders.orders
                        where status = 'AWAITING_STOCK' and external_id = any(?::text[])""")
                .param((Object)
                        orders.stream().map(o -> (String) o.get("externalId")).toArray(String[]::new))
                .query(String.class)
                .list();
        List<Map<String, Object>> cancellations = orders.stream()
                .filter(o -> waiting.contains((String) o.get("externalId")))
                .map(o -> {
                    Map<String, Object> cancelled = new HashMap<>(o);
                    cancelled.put("status", "CANCELLED");
                    return cancelled;
                })
                .toList();
        var admin = ApiClient.admin(instance);
        for (int from = 0; from < cancellations.size(); from += 100) {
            var response = admin.post(
                    "/api/v1/orders/batch",
                    Map.of("orders", cancellations.subList(from, Math.min(from + 100, cancellations.size()))));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
    }
}
