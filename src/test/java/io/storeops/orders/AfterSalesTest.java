package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.channels.OrderPushKind;
import io.storeops.channels.OrderPushes;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.MovementReason;
import io.storeops.inventory.StockLevel;
import io.storeops.shared.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Returns with reasons, fast refunds by policy, refunds approved by a person, restock, and the metrics. */
@IntegrationTest
class AfterSalesTest {

    @LocalServerPort
    int port;

    @Autowired
    Inventory inventory;

    @Autowired
    OrderPushes pushes;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin() {
        return ApiClient.admin(port);
    }

    /** An order of {@code quantity} units at 49.90, shipped from SH-01 and delivered; answers its id. */
    long deliveredOrder(String sku, String phone, int quantity) {
        var created = admin().post(
                        "/api/v1/orders/batch",
                        Map.of(
                                "orders",
                                List.of(OrderFixtures.order(
                                        "JD", ApiClient.unique("A-"), "上海", phone, sku, quantity))));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long id = admin().get("/api/v1/orders/by-number/"
                        + created.json().get(0).get("orderNo").asString())
                .json()
                .get("id")
                .asLong();
        String trackingNo = "SF" + (System.nanoTime() % 10_000_000_000L);
        var shipped = admin().post(
                        "/api/v1/orders/" + id + "/shipments",
                        Map.of("warehouse", "SH-01", "carrier", "SF", "trackingNo", trackingNo));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(201);
        admin().post(
                        "/api/v1/orders/tracking-events",
                        Map.of(
                                "carrier",
                                "SF",
                                "trackingNo",
                                trackingNo,
                                "eventId",
                                "d",
                                "status",
                                "DELIVERED",
                                "location",
                                "上海",
                                "description",
                                "已签收",
                                "occurredAt",
                                Instant.now().toString()));
        assertThat(admin().get("/api/v1/orders/" + id).json().get("status").asString())
                .isEqualTo("DELIVERED");
        return id;
    }

    int onHand(String sku, String warehouse) {
        return inventory.levelsOf(sku).stream()
                .filter(l -> l.warehouse().equals(warehouse))
                .mapToInt(StockLevel::onHand)
                .sum();
    }

    static Map<String, Object> returnBody(String type, String reason, String sku, int quantity) {
        return Map.of(
                "type",
                type,
                "reason",
                reason,
                "note",
                "外包装破损",
                "lines",
                List.of(Map.of("skuCode", sku, "quantity", quantity)));
    }

    @Test
    void aSmallRefundForAKnownBuyerIsPaidAtOnceAndTheReturnedItemGoesBackIntoStock() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 10);
        String phone = OrderFixtures.phone();
        deliveredOrder(sku, phone, 1);
        long id = deliveredOrder(sku, phone, 2);

        var requested = admin().post("/api/v1/orders/" + id + "/returns", returnBody("RETURN", "DAMAGED", sku, 1));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        JsonNode refund = requested.json().get("refunds").get(0);
        assertThat(refund.get("fast").asBoolean()).isTrue();
        assertThat(refund.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(new BigDecimal(refund.get("amount").asString())).isEqualByComparingTo("49.90");
        assertThat(refund.get("decision")
                        .valueStream()
                        .allMatch(c -> c.get("passed").asBoolean()))
                .isTrue();
        assertThat(refund.get("decision")
                        .valueStream()
                        .filter(c -> c.get("rule").asString().equals("enabled"))
                        .map(c -> c.get("detail").get("message").asString()))
                .containsExactly("fast refunds are on");
        assertThat(refund.get("decision")
                        .valueStream()
                        .filter(c -> c.get("rule").asString().equals("blacklist"))
                        .map(c -> c.get("detail") == null || c.get("detail").isNull()))
                .containsExactly(true);
        assertThat(pushes.find(
                        "JD", OrderPushKind.REFUND, refund.get("refundNo").asString()))
                .isPresent();
        assertThat(jdbc.sql("select count(*) from platform.audit_log where entity_type = 'refund' and entity_id = ?")
                        .param(refund.get("refundNo").asString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        long returnId = requested.json().get("id").asLong();
        assertThat(admin().post(
                                "/api/v1/returns/" + returnId + "/receipt",
                                Map.of("resellable", true, "warehouse", "SH-01"))
                        .status())
                .isEqualTo(409);
        admin().post("/api/v1/returns/" + returnId + "/approval", Map.of("approve", true));
        int before = onHand(sku, "SH-01");
        var received = admin().post(
                        "/api/v1/returns/" + returnId + "/receipt", Map.of("resellable", true, "warehouse", "SH-01"));
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(onHand(sku, "SH-01")).isEqualTo(before + 1);
        assertThat(inventory.ledger(sku, 0, 1).items().getFirst().reason())
                .isEqualTo(Message.of(
                        MovementReason.REASON_RETURNED,
                        "returnNo",
                        requested.json().get("returnNo").asString()));
        assertThat(admin().get("/api/v1/orders/" + id).json().get("status").asString())
                .isEqualTo("DELIVERED");
        assertThat(inventory.verifyLedger().consistent()).isTrue();
        assertThat(timelineTexts(id))
                .contains(
                        "RETURN requested: DAMAGED: 外包装破损",
                        "fast refund of ¥49.90 paid",
                        "return approved",
                        "returned goods restocked in SH-01");

        var tooMany = admin().post("/api/v1/orders/" + id + "/returns", returnBody("RETURN", "QUALITY", sku, 2));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("lines[0].quantity");
    }

    @Test
    void aNewBuyersRefundWaitsForAPersonWithTheRightToPayIt() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 5);
        long id = deliveredOrder(sku, OrderFixtures.phone(), 1);
        var requested = admin().post(
                        "/api/v1/orders/" + id + "/returns", returnBody("REFUND_ONLY", "NOT_AS_DESCRIBED", sku, 1));
        JsonNode refund = requested.json().get("refunds").get(0);
        assertThat(refund.get("status").asString()).isEqualTo("PENDING");
        assertThat(refund.get("decision")
                        .valueStream()
                        .filter(c -> !c.get("passed").asBoolean())
                        .map(c -> c.get("rule").asString()))
                .containsExactly("history");
        JsonNode history = refund.get("decision")
                .valueStream()
                .filter(c -> c.get("rule").asString().equals("history"))
                .findFirst()
                .orElseThrow()
                .get("detail");
        assertThat(history.get("code").asString()).isEqualTo("orders.REFUND_CHECK_HISTORY");
        assertThat(history.get("message").asString())
                .isEqualTo(
                        "delivered orders 0 ≥ " + history.get("args").get("min").asInt());
        String orderNo =
                admin().get("/api/v1/orders/" + id).json().get("orderNo").asString();
        assertThat(refund.get("orderNo").asString()).isEqualTo(orderNo);
        assertThat(admin().get("/api/v1/refunds?status=PENDING&size=200")
                        .json()
                        .get("items")
                        .valueStream()
                        .filter(f -> f.get("id").asLong() == refund.get("id").asLong())
                        .map(f -> f.get("orderNo").asString()))
                .containsExactly(orderNo);
        assertThat(admin().get("/api/v1/returns?status=REQUESTED&reason=NOT_AS_DESCRIBED&size=200")
                        .json()
                        .get("items")
                        .valueStream()
                        .filter(r -> r.get("id").asLong()
                                == requested.json().get("id").asLong())
                        .map(r -> r.get("orderNo").asString()))
                .containsExactly(orderNo);

        String agent = ApiClient.unique("agent-").toLowerCase();
        admin().post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                agent,
                                "displayName",
                                "客服",
                                "password",
                                "Agent-Password-1",
                                "roles",
                                List.of("SERVICE_AGENT")));
        var forbidden = ApiClient.loggedIn(port, agent, "Agent-Password-1")
                .post("/api/v1/refunds/" + refund.get("id").asLong() + "/decision", Map.of("approve", true));
        assertThat(forbidden.status()).isEqualTo(403);

        var paid = admin().post(
                        "/api/v1/refunds/" + refund.get("id").asLong() + "/decision",
                        Map.of("approve", true, "note", "核实属实"));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(admin().get("/api/v1/orders/" + id).json().get("status").asString())
                .isEqualTo("REFUNDED");
        assertThat(admin().post("/api/v1/refunds/" + refund.get("id").asLong() + "/decision", Map.of("approve", true))
                        .status())
                .isEqualTo(409);
        assertThat(timelineTexts(id))
                .contains(
                        "REFUND_ONLY requested: NOT_AS_DESCRIBED: 外包装破损",
                        "refund of ¥49.90 awaits approval",
                        "refund of ¥49.90 paid");
    }

    /** The order's timeline as an API client without Accept-Language reads it. */
    List<String> timelineTexts(long id) {
        return admin().get("/api/v1/orders/" + id + "/timeline")
                .json()
                .valueStream()
                .map(e -> e.get("summary").get("message").asString())
                .toList();
    }

    @Test
    void aBuyersThirdRefundRequestIn30DaysOpensAWarning() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 5);
        long id = deliveredOrder(sku, OrderFixtures.phone(), 3);
        for (int i = 0; i < 3; i++) {
            var requested = admin().post("/api/v1/orders/" + id + "/returns", returnBody("RETURN", "QUALITY", sku, 1));
            assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        }

        JsonNode detail = admin().get("/api/v1/orders/" + id + "/warnings")
                .json()
                .valueStream()
                .filter(w -> w.get("type").asString().equals("REPEATED_REFUND"))
                .findFirst()
                .orElseThrow()
                .get("detail");
        assertThat(detail.get("code").asString()).isEqualTo("orders.WARNING_REPEATED_REFUND");
        assertThat(detail.get("message").asString()).isEqualTo("the buyer's refund request no. 3 in 30 days");
    }

    @Test
    void anOrderThatHasNotShippedCannotBeReturnedAndTheMetricsCountReturnsByReason() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 5);
        var created = admin().post(
                        "/api/v1/orders/batch",
                        Map.of(
                                "orders",
                                List.of(OrderFixtures.order(
                                        "JD", ApiClient.unique("N-"), "上海", OrderFixtures.phone(), sku, 1))));
        long id = admin().get("/api/v1/orders/by-number/"
                        + created.json().get(0).get("orderNo").asString())
                .json()
                .get("id")
                .asLong();
        assertThat(admin().post("/api/v1/orders/" + id + "/returns", returnBody("RETURN", "QUALITY", sku, 1))
                        .status())
                .isEqualTo(409);

        long delivered = deliveredOrder(sku, OrderFixtures.phone(), 1);
        admin().post("/api/v1/orders/" + delivered + "/returns", returnBody("RETURN", "SIZE_FIT", sku, 1));
        var metrics = admin().get("/api/v1/orders/metrics?from=" + Instant.now().minusSeconds(86_400) + "&to="
                + Instant.now().plusSeconds(3600));
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        JsonNode report = metrics.json();
        assertThat(report.get("shippedOrders").asLong()).isPositive();
        assertThat(new BigDecimal(report.get("returnRate").asString())).isPositive();
        assertThat(report.get("returnsByReason")
                        .valueStream()
                        .map(r -> r.get("key").asString()))
                .contains("SIZE_FIT");
        assertThat(report.get("daily")).isNotEmpty();
        assertThat(admin().get("/api/v1/orders/metrics?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")
                        .status())
                .isEqualTo(400);
    }
}
