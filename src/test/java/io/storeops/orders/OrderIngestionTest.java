package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.channels.ChannelPulls;
import io.storeops.channels.PullStatus;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.inventory.StockLevel;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.OrderRequest;
import io.storeops.marketplace.SimulatedMarketplace;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Orders come in once, are reviewed, routed and reserved, and cancellation gives the stock back. */
@IntegrationTest
class OrderIngestionTest {

    @LocalServerPort
    int port;

    @Autowired
    Inventory inventory;

    @Autowired
    Allocations allocations;

    @Autowired
    Orders orders;

    @Autowired
    ChannelPulls pulls;

    @Autowired
    SimulatedMarketplace marketplace;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin() {
        return ApiClient.admin(port);
    }

    int reserved(String sku, String warehouse) {
        return inventory.levelsOf(sku).stream()
                .filter(l -> l.warehouse().equals(warehouse))
                .mapToInt(StockLevel::reserved)
                .sum();
    }

    JsonNode batch(Object... orders) {
        var answer = admin().post("/api/v1/orders/batch", Map.of("orders", List.of(orders)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** The summary of the timeline's first entry of this type. */
    static JsonNode summaryOf(JsonNode timeline, String type) {
        return timeline.valueStream()
                .filter(e -> e.get("type").asString().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + timeline))
                .get("summary");
    }

    long idOf(String orderNo) {
        return admin().get("/api/v1/orders/by-number/" + orderNo)
                .json()
                .get("id")
                .asLong();
    }

    @Test
    void anOrderIsStoredOnceReservedAndItsCancellationReleasesTheStock() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "GZ-01", 5);
        String external = ApiClient.unique("T-");
        var first = batch(OrderFixtures.order("TMALL", external, "广东省", OrderFixtures.phone(), sku, 2))
                .get(0);
        assertThat(first.get("outcome").asString()).isEqualTo("CREATED");
        assertThat(first.get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(reserved(sku, "GZ-01")).isEqualTo(2);

        var again = batch(OrderFixtures.order("TMALL", external, "广东省", OrderFixtures.phone(), sku, 2))
                .get(0);
        assertThat(again.get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(reserved(sku, "GZ-01")).isEqualTo(2);

        String orderNo = first.get("orderNo").asString();
        JsonNode order = admin().get("/api/v1/orders/" + idOf(orderNo)).json();
        assertThat(order.get("allocations").get(0).get("warehouse").asString()).isEqualTo("GZ-01");
        assertThat(new BigDecimal(order.get("lines").get(0).get("amount").asString()))
                .isEqualByComparingTo("99.80");

        var cancelled = admin().post("/api/v1/orders/" + idOf(orderNo) + "/cancellation", Map.of("note", "买家不要了"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(reserved(sku, "GZ-01")).isZero();
        assertThat(admin().post("/api/v1/orders/" + idOf(orderNo) + "/cancellation", "{}")
                        .status())
                .isEqualTo(409);

        JsonNode timeline =
                admin().get("/api/v1/orders/" + idOf(orderNo) + "/timeline").json();
        assertThat(timeline.valueStream().map(e -> e.get("type").asString()))
                .containsExactly("RECEIVED", "APPROVED", "ALLOCATED", "CANCELLED");
        assertThat(timeline.valueStream().map(e -> e.get("summary").get("code").asString()))
                .containsExactly(
                        "orders.TIMELINE_RECEIVED",
                        "orders.TIMELINE_APPROVED_BY_REVIEW",
                        "orders.TIMELINE_ALLOCATED",
                        "orders.TIMELINE_CANCELLED_STOCK_RELEASED");
        assertThat(timeline.get(0).get("summary").get("message").asString())
                .isEqualTo("received TMALL order " + external);
        assertThat(timeline.get(2).get("summary").get("message").asString()).isEqualTo("allocated to GZ-01");
        JsonNode cancellation = timeline.get(3).get("summary");
        assertThat(cancellation
                        .get("args")
                        .get("cancelled")
                        .get("args")
                        .get("reason")
                        .asString())
                .isEqualTo("买家不要了");
        assertThat(cancellation.get("message").asString())
                .isEqualTo("cancelled by a person: 买家不要了; reserved stock released");
        assertThat(inventory.verifyLedger().consistent()).isTrue();
    }

    @Test
    void timelineEntriesAreMessagesInTheRequestsLanguageAndOldTextsStayReadable() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 3);
        long id = idOf(batch(OrderFixtures.order("JD", ApiClient.unique("J-"), "上海", "12345", sku, 1))
                .get(0)
                .get("orderNo")
                .asString());
        jdbc.sql("insert into orders.order_events (order_id, type, actor, summary) values (?, 'NOTE', 'system', ?)")
                .params(id, "旧的说明 / an old note")
                .update();

        JsonNode english = admin().get("/api/v1/orders/" + id + "/timeline").json();
        JsonNode held = summaryOf(english, "HELD");
        assertThat(held.get("code").asString()).isEqualTo("orders.TIMELINE_HELD_BY_REVIEW");
        assertThat(held.get("args").get("reasons").get(0).get("code").asString())
                .isEqualTo("orders.HOLD_PHONE_INVALID");
        assertThat(held.get("message").asString())
                .startsWith("held by automatic review: the phone number is not a valid mobile number: 12345");
        JsonNode legacy = summaryOf(english, "NOTE");
        assertThat(legacy.get("code").asString()).isEqualTo("orders.LEGACY_TEXT");
        assertThat(legacy.get("message").asString()).isEqualTo("旧的说明 / an old note");

        JsonNode chinese = admin().send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/orders/" + id + "/timeline"))
                        .header("Accept-Language", "zh-CN")
                        .GET())
                .json();
        assertThat(summaryOf(chinese, "HELD").get("message").asString()).startsWith("自动审单挂起：手机号无效：12345");

        admin().post("/api/v1/orders/" + id + "/approval", Map.of("note", "电话确认过"));
        JsonNode approval =
                summaryOf(admin().get("/api/v1/orders/" + id + "/timeline").json(), "APPROVED");
        assertThat(approval.get("code").asString()).isEqualTo("orders.TIMELINE_APPROVED_BY_PERSON_NOTE");
        assertThat(approval.get("message").asString()).isEqualTo("approved by a person: 电话确认过");
    }

    @Test
    void aHeldOrderShowsWhyAndIsReservedOnlyWhenAPersonApprovesIt() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 3);
        var body = OrderFixtures.order("JD", ApiClient.unique("J-"), "上海", "12345", sku, 1);
        var created = batch(body).get(0);
        assertThat(created.get("status").asString()).isEqualTo("HELD");
        long id = idOf(created.get("orderNo").asString());
        JsonNode held = admin().get("/api/v1/orders/" + id).json();
        assertThat(held.get("holdReasons").get(0).get("code").asString()).isEqualTo("ADDRESS_SUSPICIOUS");
        assertThat(held.get("holdReasons").get(0).get("message").get("code").asString())
                .isEqualTo("orders.HOLD_PHONE_INVALID");
        assertThat(held.get("holdReasons").get(0).get("message").get("message").asString())
                .contains("12345");
        assertThat(reserved(sku, "SH-01")).isZero();
        assertThat(admin().get("/api/v1/orders?held=true&q="
                                + created.get("orderNo").asString())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        var approved = admin().post("/api/v1/orders/" + id + "/approval", Map.of("note", "电话确认过"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(approved.json().get("holdReasons")).isEmpty();
        assertThat(reserved(sku, "SH-01")).isEqualTo(1);
        assertThat(admin().post("/api/v1/orders/" + id + "/approval", "{}").status())
                .isEqualTo(409);
    }

    @Test
    void anOrderWithoutStockWaitsAndIsAllocatedWhenStockArrives() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 1, "BJ-01", 1);
        var waiting = batch(OrderFixtures.order("DOUYIN", ApiClient.unique("D-"), "北京", OrderFixtures.phone(), sku, 3))
                .get(0);
        assertThat(waiting.get("status").asString()).isEqualTo("AWAITING_STOCK");
        assertThat(reserved(sku, "SH-01") + reserved(sku, "BJ-01")).isZero();

        inventory.apply(List.of(new Movement(MovementType.INBOUND, sku, "GZ-01", 1, "arrived", "test", null)));
        for (int run = 0; run < 20; run++) { // a run looks at 200 waiting orders, going on where the last stopped
            orders.retryAwaitingStock();
        }
        JsonNode order = admin().get(
                        "/api/v1/orders/" + idOf(waiting.get("orderNo").asString()))
                .json();
        assertThat(order.get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(order.get("allocations")).hasSize(3);
    }

    @Test
    void theSameOrderDeliveredConcurrentlyIsStoredAndReservedOnce() throws Exception {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "GZ-01", 50);
        var body = OrderFixtures.order("TMALL", ApiClient.unique("C-"), "广东省", OrderFixtures.phone(), sku, 1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Callable<String>> calls = IntStream.range(0, 16)
                    .<Callable<String>>mapToObj(
                            i -> () -> batch(body).get(0).get("outcome").asString())
                    .toList();
            var outcomes = pool.invokeAll(calls).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(outcomes).containsOnlyOnce("CREATED");
        }
        assertThat(jdbc.sql("select count(*) from orders.orders where external_id = ?")
                        .param(body.get("externalId"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(reserved(sku, "GZ-01")).isEqualTo(1);
    }

    @Test
    void badBatchesAreAnsweredFieldByFieldAndStoreNothing() {
        var answer = admin().post(
                        "/api/v1/orders/batch",
                        Map.of(
                                "orders",
                                List.of(Map.of(
                                        "channel",
                                        "TMALL",
                                        "externalId",
                                        "X",
                                        "lines",
                                        List.of(Map.of("skuCode", "A", "quantity", 0))))));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("orders[0].lines[0].quantity");
        assertThat(admin().post("/api/v1/orders/batch", "{\"orders\":[]}").status())
                .isEqualTo(400);
    }

    @Test
    void aMarketplaceOrderFlowsFromThePullIntoAReservedOrderAndTheNewStockGoesBackOut() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 10);
        int before = allocations.availableToSell(sku).channels().get("TMALL");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> marketplace
                        .stock("sim-sync", sku)
                        .map(s -> s.quantity() == before)
                        .orElse(false));

        MarketplaceOrder placed = marketplace.placeOrder("sim-sync", OrderRequest.of(OrderRequest.Line.of(sku, 2)));
        pulls.pull("TMALL", PullStatus.Stream.ORDERS);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select status from orders.orders where channel_code = 'TMALL' and external_id = ?")
                                .param(placed.orderId())
                                .query(String.class)
                                .optional())
                        .hasValueSatisfying(status -> assertThat(status).isIn("ALLOCATED", "HELD")));
        int after = allocations.availableToSell(sku).channels().get("TMALL");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> marketplace
                        .stock("sim-sync", sku)
                        .map(s -> s.quantity() == after)
                        .orElse(false));
    }
}
