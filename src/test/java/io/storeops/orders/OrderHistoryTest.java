package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.StockLevel;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Finished past orders imported through the API, their metrics, and the demo store's 90 days of history. */
@IntegrationTest
class OrderHistoryTest {

    /** A window no other test uses: March 2025. */
    static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");

    static final Instant TO = Instant.parse("2025-04-01T00:00:00Z");

    static final String SKU = "HOM-BED-001-11";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderWarnings warnings;

    @Autowired
    Inventory inventory;

    ApiClient admin() {
        return ApiClient.admin(port);
    }

    /** A delivered order placed {@code day} days into March 2025, shipped {@code shipHours} after payment. */
    static Map<String, Object> delivered(String prefix, int n, int shipHours) {
        Instant ordered = FROM.plus(Duration.ofDays(2 + n)).plus(Duration.ofHours(11));
        Instant paid = ordered.plusSeconds(60);
        Instant shipped = paid.plus(Duration.ofHours(shipHours));
        Instant deliveredAt = shipped.plus(Duration.ofHours(30));
        Map<String, Object> order = new HashMap<>();
        order.put("channel", n % 2 == 0 ? "TMALL" : "JD");
        order.put("externalId", prefix + "-" + n);
        order.put("status", "COMPLETED");
        order.put("orderedAt", ordered.toString());
        order.put("paidAt", paid.toString());
        order.put("buyer", Map.of("nick", "hist-" + n, "name", "历史买家", "phone", "1330000" + (1000 + n)));
        order.put("address", Map.of("province", "江苏", "city", "南京市", "district", "鼓楼区", "detail", "中山路 100 号 3 栋 502"));
        order.put("lines", List.of(Map.of("skuCode", SKU, "title", "四件套", "quantity", 1, "unitPrice", "199.00")));
        order.put(
                "parcel",
                Map.of(
                        "warehouse",
                        "SH-01",
                        "carrier",
                        "ZTO",
                        "trackingNo",
                        "HZ" + prefix.substring(1) + n,
                        "shippedAt",
                        shipped.toString(),
                        "deliveredAt",
                        deliveredAt.toString(),
                        "scans",
                        List.of(
                                Map.of(
                                        "status",
                                        "PICKED_UP",
                                        "location",
                                        "上海",
                                        "occurredAt",
                                        shipped.plusSeconds(3600).toString()),
                                Map.of(
                                        "status",
                                        "DELIVERED",
                                        "location",
                                        "南京市鼓楼区",
                                        "occurredAt",
                                        deliveredAt.toString()))));
        return order;
    }

    /** Ten orders: 9 shipped (2 of them late), 1 cancelled; 2 returns; 3 refunds paid, 2 of them fast. */
    static List<Map<String, Object>> tenOrders(String prefix) {
        List<Map<String, Object>> orders = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            orders.add(delivered(prefix, n, n == 2 || n == 5 ? 60 : 6 + n));
        }
        Map<String, Object> damaged = orders.get(3);
        Instant delivered3 = Instant.parse((String) ((Map<?, ?>) damaged.get("parcel")).get("deliveredAt"));
        damaged.put(
                "returned",
                Map.of(
                        "reason",
                        "DAMAGED",
                        "note",
                        "外箱破损",
                        "requestedAt",
                        delivered3.plus(Duration.ofHours(5)).toString(),
                        "receivedAt",
                        delivered3.plus(Duration.ofDays(3)).toString(),
                        "resellable",
                        false));
        damaged.put(
                "refund",
                Map.of(
                        "amount",
                        "199.00",
                        "fast",
                        false,
                        "requestedAt",
                        delivered3.plus(Duration.ofHours(5)).toString(),
                        "refundedAt",
                        delivered3.plus(Duration.ofHours(53)).toString()));
        damaged.put("status", "REFUNDED");
        Map<String, Object> size = orders.get(9);
        Instant delivered9 = Instant.parse((String) ((Map<?, ?>) size.get("parcel")).get("deliveredAt"));
        size.put(
                "returned",
                Map.of(
                        "reason",
                        "SIZE_FIT",
                        "requestedAt",
                        delivered9.plus(Duration.ofHours(20)).toString()));
        size.put(
                "refund",
                Map.of(
                        "amount",
                        "99.00",
                        "fast",
                        true,
                        "requestedAt",
                        delivered9.plus(Duration.ofHours(20)).toString(),
                        "refundedAt",
                        delivered9.plus(Duration.ofHours(20)).plusSeconds(600).toString()));
        Map<String, Object> cancelled = orders.get(8);
        Instant paid8 = Instant.parse((String) cancelled.get("paidAt"));
        cancelled.put("status", "CANCELLED");
        cancelled.remove("parcel");
        cancelled.put("cancelledAt", paid8.plus(Duration.ofHours(1)).toString());
        cancelled.put(
                "refund",
                Map.of(
                        "amount",
                        "199.00",
                        "fast",
                        true,
                        "requestedAt",
                        paid8.plus(Duration.ofHours(1)).toString(),
                        "refundedAt",
                        paid8.plus(Duration.ofHours(1)).plusSeconds(300).toString()));
        return orders;
    }

    @Test
    void importsFinishedHistoryOnceWithoutTouchingStockAndTheMetricsCountIt() {
        String prefix = ApiClient.unique("H");
        List<Map<String, Object>> orders = tenOrders(prefix);

        Map<String, Object> badCarrier = new HashMap<>(orders.get(1));
        Map<String, Object> parcel =
                new HashMap<>((Map<String, Object>) orders.get(1).get("parcel"));
        parcel.put("carrier", "UPS");
        badCarrier.put("parcel", parcel);
        var bad = admin().post("/api/v1/orders/history", Map.of("orders", List.of(orders.get(0), badCarrier)));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("orders[1].parcel.carrier");
        Map<String, Object> shippedStatus = new HashMap<>(orders.get(0));
        shippedStatus.put("status", "SHIPPED");
        assertThat(admin().post("/api/v1/orders/history", Map.of("orders", List.of(shippedStatus)))
                        .body())
                .contains("orders[0].status");
        Map<String, Object> future = new HashMap<>(orders.get(0));
        future.put("orderedAt", Instant.now().plus(Duration.ofDays(1)).toString());
        assertThat(admin().post("/api/v1/orders/history", Map.of("orders", List.of(future)))
                        .body())
                .contains("orders[0].orderedAt");
        assertThat(stored(prefix)).isZero();

        List<StockLevel> before = inventory.levelsOf(SKU);
        var imported = admin().post("/api/v1/orders/history", Map.of("orders", orders));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(10);
        assertThat(imported.json().get("skipped").asInt()).isZero();
        var again = admin().post("/api/v1/orders/history", Map.of("orders", orders));
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("skipped").asInt()).isEqualTo(10);
        assertThat(stored(prefix)).isEqualTo(10);
        assertThat(jdbc.sql("""
                        select count(*) from orders.shipments s join orders.orders o on o.id = s.order_id
                        where o.external_id like ?""").param(prefix + "-%").query(Long.class).single())
                .isEqualTo(9);
        assertThat(inventory.levelsOf(SKU))
                .extracting(l -> l.warehouse() + ":" + l.onHand() + "/" + l.reserved())
                .containsExactlyInAnyOrderElementsOf(before.stream()
                        .map(l -> l.warehouse() + ":" + l.onHand() + "/" + l.reserved())
                        .toList());

        JsonNode order = admin().get("/api/v1/orders?q=" + prefix + "-3")
                .json()
                .get("items")
                .get(0);
        assertThat(order.get("status").asString()).isEqualTo("REFUNDED");
        long id = order.get("id").asLong();
        JsonNode timeline = admin().get("/api/v1/orders/" + id + "/timeline").json();
        assertThat(Instant.parse(timeline.get(0).get("at").asString()))
                .isEqualTo(Instant.parse((String) orders.get(3).get("orderedAt")));
        assertThat(timeline.valueStream().map(e -> e.get("type").asString()))
                .contains("RECEIVED", "SHIPPED", "DELIVERED", "RETURN_REQUESTED", "RETURN_RECEIVED", "REFUNDED");
        assertThat(timeline.valueStream().map(e -> e.get("summary").get("code").asString()))
                .contains(
                        "orders.TIMELINE_HISTORY_RECEIVED",
                        "orders.TIMELINE_SHIPPED",
                        "orders.TIMELINE_RETURN_REQUESTED_NOTE",
                        "orders.TIMELINE_RETURN_NOT_RESELLABLE",
                        "orders.TIMELINE_REFUND_PAID");
        assertThat(timeline.valueStream()
                        .map(e -> e.get("summary").get("message").asString()))
                .contains(
                        "RETURN requested: DAMAGED: 外箱破损",
                        "returned goods received, not resellable",
                        "refund of ¥199.00 paid");
        JsonNode shipment =
                admin().get("/api/v1/orders/" + id + "/shipments").json().get(0);
        assertThat(shipment.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(shipment.get("scans")).hasSize(2);

        // 10 orders, 9 shipped, 2 returned, 2 late (shipped 60 h after payment), 3 refunds of which 2 fast
        var metrics = admin().get("/api/v1/orders/metrics?from=" + FROM + "&to=" + TO);
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        JsonNode report = metrics.json();
        assertThat(report.get("orders").asLong()).isEqualTo(10);
        assertThat(report.get("shippedOrders").asLong()).isEqualTo(9);
        assertThat(new BigDecimal(report.get("returnRate").asString())).isEqualByComparingTo("0.2222");
        assertThat(new BigDecimal(report.get("lateShipmentRate").asString())).isEqualByComparingTo("0.2222");
        assertThat(report.get("refundCycle").get("refunds").asLong()).isEqualTo(3);
        assertThat(new BigDecimal(report.get("refundCycle").get("fast_share").asString()))
                .isEqualByComparingTo("0.6667");
        assertThat(report.get("returnsByReason")
                        .valueStream()
                        .map(r -> r.get("key").asString() + "=" + r.get("count").asLong()))
                .containsExactlyInAnyOrder("DAMAGED=1", "SIZE_FIT=1");
    }

    @Test
    void theDemoStoreHasNinetyDaysOfHistoryAndLiveSituations() {
        Timestamp since = Timestamp.from(Instant.now().minus(Duration.ofDays(91)));
        List<String> channels = jdbc.sql(
                        "select distinct channel_code from orders.orders where source = 'HISTORY' and ordered_at >= ?")
                .param(since)
                .query(String.class)
                .list();
        assertThat(channels).contains("TMALL", "JD", "DOUYIN", "WEBSHOP");
        long history = jdbc.sql("select count(*) from orders.orders where source = 'HISTORY' and ordered_at >= ?")
                .param(since)
                .query(Long.class)
                .single();
        assertThat(history).isBetween(1000L, 2500L);
        long tmall = jdbc.sql(
                        "select count(*) from orders.orders where source = 'HISTORY' and ordered_at >= ? and channel_code = 'TMALL'")
                .param(since)
                .query(Long.class)
                .single();
        assertThat(tmall * 3).isGreaterThan(history);

        var report = admin().get("/api/v1/orders/metrics?from=" + since.toInstant() + "&to=" + Instant.now())
                .json();
        assertThat(new BigDecimal(report.get("returnRate").asString()))
                .isBetween(new BigDecimal("0.04"), new BigDecimal("0.14"));
        assertThat(new BigDecimal(report.get("lateShipmentRate").asString()))
                .isBetween(new BigDecimal("0.01"), new BigDecimal("0.09"));
        assertThat(report.get("returnsByReason")
                        .valueStream()
                        .map(r -> r.get("key").asString()))
                .contains("SIZE_FIT", "DAMAGED", "QUALITY", "NO_LONGER_NEEDED");

        assertThat(status("WS-LIVE-%")).isEqualTo("HELD");
        assertThat(status("TM-LIVE-%")).isEqualTo("AWAITING_STOCK");
        warnings.scan();
        long stalled = jdbc.sql("""
                        select count(*) from orders.warnings w join orders.orders o on o.id = w.order_id
                        where w.type = 'STALLED' and w.status = 'OPEN' and o.external_id like '%-LIVE-%'""").query(Long.class).single();
        assertThat(stalled).isEqualTo(2);
    }

    String status(String externalIdPattern) {
        return jdbc.sql("select status from orders.orders where external_id like ?")
                .param(externalIdPattern)
                .query(String.class)
                .single();
    }

    long stored(String prefix) {
        return jdbc.sql("select count(*) from orders.orders where external_id like ?")
                .param(prefix + "-%")
                .query(Long.class)
                .single();
    }
}
