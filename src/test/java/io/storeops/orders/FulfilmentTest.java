package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.channels.ChannelPulls;
import io.storeops.channels.PullStatus;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.StockLevel;
import io.storeops.marketplace.OrderRequest;
import io.storeops.marketplace.SimulatedMarketplace;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Pick, pack and ship parcels per warehouse, follow them by scans, and catch stalled, late and reported problems. */
@IntegrationTest
class FulfilmentTest {

    @LocalServerPort
    int port;

    @Autowired
    Inventory inventory;

    @Autowired
    OrderWarnings warnings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SimulatedMarketplace marketplace;

    @Autowired
    ChannelPulls pulls;

    @Autowired
    Allocations allocations;

    ApiClient admin() {
        return ApiClient.admin(port);
    }

    StockLevel level(String sku, String warehouse) {
        return inventory.levelsOf(sku).stream()
                .filter(l -> l.warehouse().equals(warehouse))
                .findFirst()
                .orElseThrow();
    }

    long allocatedOrder(Map<String, Object> body) {
        var answer = admin().post("/api/v1/orders/batch", Map.of("orders", List.of(body)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get(0).get("status").asString()).isEqualTo("ALLOCATED");
        return admin().get("/api/v1/orders/by-number/"
                        + answer.json().get(0).get("orderNo").asString())
                .json()
                .get("id")
                .asLong();
    }

    static String tracking() {
        return "SF" + (System.nanoTime() % 10_000_000_000L);
    }

    JsonNode ship(long id, String warehouse, String carrier, String trackingNo) {
        var shipped = admin().post(
                        "/api/v1/orders/" + id + "/shipments",
                        Map.of("warehouse", warehouse, "carrier", carrier, "trackingNo", trackingNo));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(201);
        return shipped.json();
    }

    @Test
    void aSplitOrderShipsParcelByParcelAndIsDeliveredWhenEveryParcelIs() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 2, "GZ-01", 2);
        long id =
                allocatedOrder(OrderFixtures.order("JD", ApiClient.unique("F-"), "上海", OrderFixtures.phone(), sku, 3));
        assertThat(admin().post("/api/v1/orders/" + id + "/packing", "{}").status())
                .isEqualTo(409);
        assertThat(admin().post("/api/v1/orders/" + id + "/picking", "{}")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PICKING");
        assertThat(admin().post("/api/v1/orders/" + id + "/packing", "{}")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PACKED");

        String first = tracking();
        var parcel = ship(id, "SH-01", "SF", first);
        assertThat(parcel.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(admin().get("/api/v1/orders/" + id).json().get("status").asString())
                .isEqualTo("PACKED");
        assertThat(level(sku, "SH-01").onHand()).isZero();
        assertThat(level(sku, "SH-01").reserved()).isZero();
        assertThat(admin().post("/api/v1/orders/" + id + "/cancellation", "{}").status())
                .isEqualTo(409);

        var bad = admin().post(
                        "/api/v1/orders/" + id + "/shipments",
                        Map.of("warehouse", "GZ-01", "carrier", "UPS", "trackingNo", first));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("carrier");
        String second = "ZT" + (System.nanoTime() % 10_000_000_000L);
        ship(id, "GZ-01", "ZTO", second);
        assertThat(admin().get("/api/v1/orders/" + id).json().get("status").asString())
                .isEqualTo("SHIPPED");
        assertThat(level(sku, "GZ-01").onHand()).isEqualTo(1);

        for (String[] scan : List.of(
                new String[] {"SF", first, "e1", "IN_TRANSIT"},
                new String[] {"SF", first, "e2", "DELIVERED"},
                new String[] {"ZTO", second, "e1", "DELIVERED"})) {
            var answer = admin().post("/api/v1/orders/tracking-events", scanBody(scan[0], scan[1], scan[2], scan[3]));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().get("recorded").asBoolean()).isTrue();
        }
        assertThat(admin().post("/api/v1/orders/tracking-events", scanBody("SF", first, "e2", "DELIVERED"))
                        .json()
                        .get("recorded")
                        .asBoolean())
                .isFalse();
        assertThat(admin().post("/api/v1/orders/tracking-events", scanBody("SF", "NOSUCHPARCEL1", "x", "IN_TRANSIT"))
                        .status())
                .isEqualTo(404);
        assertThat(admin().get("/api/v1/orders/" + id).json().get("status").asString())
                .isEqualTo("DELIVERED");
        JsonNode timeline = admin().get("/api/v1/orders/" + id + "/timeline").json();
        List<String> steps =
                timeline.valueStream().map(e -> e.get("type").asString()).toList();
        assertThat(steps)
                .containsSubsequence("ALLOCATED", "PICKING", "PACKED", "SHIPPED", "SHIPPED", "TRACKING", "DELIVERED");
        assertThat(timeline.valueStream()
                        .map(e -> e.get("summary").get("message").asString()))
                .contains(
                        "picking started",
                        "packed",
                        "shipped from SH-01 with SF " + first,
                        "shipped from GZ-01 with ZTO " + second,
                        "every parcel delivered")
                .contains("[SF " + first + "] 杭州转运中心 快件已到达【杭州转运中心】");
        JsonNode split = timeline.get(steps.indexOf("ALLOCATED")).get("summary");
        assertThat(split.get("code").asString()).isEqualTo("orders.TIMELINE_SPLIT");
        assertThat(split.get("args").get("warehouses").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("SH-01", "GZ-01");
        assertThat(inventory.verifyLedger().consistent()).isTrue();
    }

    static Map<String, Object> scanBody(String carrier, String trackingNo, String eventId, String status) {
        return Map.of(
                "carrier", carrier,
                "trackingNo", trackingNo,
                "eventId", eventId,
                "status", status,
                "location", "杭州转运中心",
                "description", "快件已到达【杭州转运中心】",
                "occurredAt", Instant.now().toString());
    }

    @Test
    void aStalledParcelOpensOneWarningThatANewScanResolves() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "BJ-01", 3);
        long id =
                allocatedOrder(OrderFixtures.order("JD", ApiClient.unique("S-"), "北京", OrderFixtures.phone(), sku, 1));
        String trackingNo = "EM" + (System.nanoTime() % 10_000_000_000L);
        long shipmentId = ship(id, "BJ-01", "EMS", trackingNo).get("id").asLong();
        jdbc.sql("update orders.shipments set shipped_at = now() - interval '4 days' where id = ?")
                .param(shipmentId)
                .update();

        warnings.scan();
        warnings.scan();
        List<JsonNode> open = admin().get("/api/v1/orders/" + id + "/warnings")
                .json()
                .valueStream()
                .filter(w -> w.get("status").asString().equals("OPEN")
                        && !w.get("type").asString().equals("CHANNEL_PUSH_FAILED"))
                .toList();
        assertThat(open).hasSize(1);
        assertThat(open.getFirst().get("type").asString()).isEqualTo("STALLED");
        JsonNode detail = open.getFirst().get("detail");
        assertThat(detail.get("code").asString()).isEqualTo("orders.WARNING_STALLED");
        assertThat(detail.get("args").get("trackingNo").asString()).isEqualTo(trackingNo);
        assertThat(detail.get("message").asString())
                .matches("EMS " + trackingNo + ": no scan for \\d+ h \\(limit \\d+ min\\)");
        assertThat(admin().get("/api/v1/order-warnings/board").body()).contains("STALLED");

        admin().post("/api/v1/orders/tracking-events", scanBody("EMS", trackingNo, "moved", "IN_TRANSIT"));
        assertThat(admin().get("/api/v1/orders/" + id + "/warnings")
                        .json()
                        .valueStream()
                        .filter(w -> w.get("type").asString().equals("STALLED"))
                        .map(w -> w.get("status").asString() + " "
                                + w.get("resolution").get("message").asString()))
                .containsExactly("RESOLVED the parcel was scanned again");
    }

    @Test
    void anOrderNotShippedInTimeWarnsUntilItShips() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 3);
        Map<String, Object> body = new HashMap<>(
                OrderFixtures.order("TMALL", ApiClient.unique("L-"), "上海", OrderFixtures.phone(), sku, 1));
        body.put("paidAt", Instant.now().minusSeconds(3 * 86_400).toString());
        long id = allocatedOrder(body);
        warnings.scan();
        JsonNode warning =
                admin().get("/api/v1/orders/" + id + "/warnings").json().get(0);
        assertThat(warning.get("type").asString()).isEqualTo("LATE_SHIPMENT");
        assertThat(warning.get("detail").get("code").asString()).isEqualTo("orders.WARNING_LATE_SHIPMENT");
        assertThat(warning.get("detail").get("message").asString()).startsWith("not shipped by the promised time 20");

        var assigned = admin().post(
                        "/api/v1/order-warnings/" + warning.get("id").asLong() + "/assignment",
                        Map.of("owner", "仓库小王"));
        assertThat(assigned.json().get("owner").asString()).isEqualTo("仓库小王");
        assertThat(admin().get("/api/v1/order-warnings?type=LATE_SHIPMENT&status=OPEN&size=200&owner="
                                + URLEncoder.encode("仓库小王", StandardCharsets.UTF_8))
                        .json()
                        .get("items")
                        .valueStream()
                        .map(w -> w.get("id").asLong()))
                .contains(warning.get("id").asLong());
        ship(id, "SH-01", "YTO", "YT" + (System.nanoTime() % 10_000_000_000L));
        assertThat(admin().get("/api/v1/orders/" + id + "/warnings")
                        .json()
                        .valueStream()
                        .filter(w -> w.get("type").asString().equals("LATE_SHIPMENT"))
                        .map(w -> w.get("status").asString() + " "
                                + w.get("resolution").get("code").asString()))
                .containsExactly("RESOLVED orders.RESOLVED_SHIPPED");
    }

    @Test
    void theWarningListRefusesAStatusItDoesNotKnowAndNamesTheParameter() {
        var refused = admin().get("/api/v1/order-warnings?status=CLOSED");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("status");
        var open = admin().get("/api/v1/order-warnings?status=OPEN");
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(open.json().get("items").valueStream())
                .allSatisfy(w -> assertThat(w.get("status").asString()).isEqualTo("OPEN"));
    }

    @Test
    void aWarningStoredAsTextBeforeWarningsHadCodesIsShownAsItWas() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 2);
        long id = allocatedOrder(
                OrderFixtures.order("TMALL", ApiClient.unique("W-"), "上海", OrderFixtures.phone(), sku, 1));
        jdbc.sql("""
                        insert into orders.warnings (order_id, type, status, detail, due_at, resolved_at, resolved_by,
                          resolution)
                        values (?, 'WRONG_ITEM', 'RESOLVED', '发错货 / wrong item', now(), now(), 'admin', '已补发 / resent')""").param(id).update();

        JsonNode warning = admin().get("/api/v1/orders/" + id + "/warnings")
                .json()
                .valueStream()
                .filter(w -> w.get("type").asString().equals("WRONG_ITEM"))
                .findFirst()
                .orElseThrow();
        assertThat(warning.get("detail").get("code").asString()).isEqualTo("orders.LEGACY_TEXT");
        assertThat(warning.get("detail").get("message").asString()).isEqualTo("发错货 / wrong item");
        assertThat(warning.get("resolution").get("args").get("text").asString()).isEqualTo("已补发 / resent");
    }

    @Test
    void aDamagedItemReportLeadsToALinkedReplacementParcel() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "GZ-01", 1, "SH-01", 5);
        long id = allocatedOrder(
                OrderFixtures.order("DOUYIN", ApiClient.unique("R-"), "广东省", OrderFixtures.phone(), sku, 1));
        JsonNode originalParcel = ship(id, "GZ-01", "SF", tracking());
        long original = originalParcel.get("id").asLong();

        var report = admin().post(
                        "/api/v1/orders/" + id + "/reports",
                        Map.of("type", "DAMAGED", "shipmentId", original, "note", "买家反馈外箱破损，商品有裂痕"));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(report.json().get("detail").get("code").asString()).isEqualTo("orders.WARNING_NOTE");
        assertThat(report.json().get("detail").get("message").asString()).isEqualTo("买家反馈外箱破损，商品有裂痕");
        assertThat(admin().post("/api/v1/orders/" + id + "/reports", Map.of("type", "STALLED"))
                        .status())
                .isEqualTo(400);

        int before = level(sku, "SH-01").onHand();
        var replacement = admin().post(
                        "/api/v1/orders/" + id + "/shipments/" + original + "/reship",
                        Map.of("warehouse", "SH-01", "carrier", "SF", "trackingNo", tracking(), "reason", "破损补发"));
        assertThat(replacement.status()).as(replacement.body()).isEqualTo(201);
        assertThat(replacement.json().get("replacementOf").asLong()).isEqualTo(original);
        assertThat(level(sku, "SH-01").onHand()).isEqualTo(before - 1);

        var resolved = admin().post(
                        "/api/v1/order-warnings/" + report.json().get("id").asLong() + "/resolution",
                        Map.of("resolution", "已补发，顺丰次日达"));
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("resolution").get("code").asString()).isEqualTo("orders.WARNING_NOTE");
        assertThat(resolved.json().get("resolution").get("message").asString()).isEqualTo("已补发，顺丰次日达");
        assertThat(inventory.ledger(sku, 0, 20).items())
                .extracting(e -> e.reason().code())
                .contains(
                        "inventory.REASON_ORDER_RESERVED",
                        "inventory.REASON_ORDER_SHIPPED",
                        "inventory.REASON_ORDER_RESHIPPED");
        JsonNode timeline = admin().get("/api/v1/orders/" + id + "/timeline").json();
        JsonNode reshipped = timeline.valueStream()
                .filter(e -> e.get("type").asString().equals("RESHIPPED"))
                .findFirst()
                .orElseThrow()
                .get("summary");
        assertThat(reshipped.get("code").asString()).isEqualTo("orders.TIMELINE_RESHIPPED");
        assertThat(reshipped.get("args").get("reason").asString()).isEqualTo("破损补发");
        assertThat(reshipped.get("message").asString())
                .isEqualTo("replacement parcel %s for %s, SF %s: 破损补发"
                        .formatted(
                                replacement.json().get("shipmentNo").asString(),
                                originalParcel.get("shipmentNo").asString(),
                                replacement.json().get("trackingNo").asString()));
        assertThat(timeline.valueStream()
                        .map(e -> e.get("summary").get("message").asString()))
                .contains("warning resolved: 已补发，顺丰次日达", "warning DAMAGED: 买家反馈外箱破损，商品有裂痕");
    }

    @Test
    void aMarketplaceOrderIsReservedShippedToTheMarketplaceAndFollowedToDelivery() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 10);
        int ats = allocations.availableToSell(sku).channels().get("TMALL");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> marketplace
                        .stock("sim-sync", sku)
                        .map(s -> s.quantity() == ats)
                        .orElse(false));
        var placed = marketplace.placeOrder("sim-sync", OrderRequest.of(OrderRequest.Line.of(sku, 1)));
        pulls.pull("TMALL", PullStatus.Stream.ORDERS);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.sql("select count(*) from orders.orders where channel_code = 'TMALL' and external_id = ?")
                                        .param(placed.orderId())
                                        .query(Long.class)
                                        .single()
                                == 1);
        long id = jdbc.sql("select id from orders.orders where channel_code = 'TMALL' and external_id = ?")
                .param(placed.orderId())
                .query(Long.class)
                .single();
        JsonNode order = admin().get("/api/v1/orders/" + id).json();
        if (order.get("status")
                .asString()
                .equals("HELD")) { // the simulator occasionally makes up an incomplete address
            admin().post("/api/v1/orders/" + id + "/approval", Map.of("note", "地址已电话确认"));
        }
        String trackingNo = tracking();
        ship(id, "SH-01", "SF", trackingNo);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> marketplace.shipments("sim-sync").stream()
                        .anyMatch(s -> s.orderId().equals(placed.orderId())
                                && s.trackingNo().equals(trackingNo)));

        marketplace.deliverParcel("sim-sync", trackingNo);
        pulls.pull("TMALL", PullStatus.Stream.TRACKING);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(admin().get("/api/v1/orders/" + id)
                                .json()
                                .get("status")
                                .asString())
                        .isEqualTo("DELIVERED"));
        JsonNode parcel =
                admin().get("/api/v1/orders/" + id + "/shipments").json().get(0);
        assertThat(parcel.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(parcel.get("scans").size()).isGreaterThanOrEqualTo(3);
    }
}
