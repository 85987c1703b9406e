package io.storeops.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.platform.TestNotificationReceiver;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SafetyStockApiTest {

    @LocalServerPort
    int port;

    static Map<String, Object> move(String type, String sku, int quantity) {
        return Map.of("type", type, "skuCode", sku, "warehouse", "SH-01", "quantity", quantity, "reason", "test");
    }

    static void apply(ApiClient api, Map<String, Object> movement) {
        var response = api.post("/api/v1/stock/movements", Map.of("movements", List.of(movement)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    static JsonNode alerts(ApiClient api, String sku) {
        return api.get("/api/v1/stock/alerts?open=false&sku=" + sku).json();
    }

    @Test
    void raisesOneAlertPerCrossingAndReArmsWhenStockRecovers() {
        var admin = ApiClient.admin(port);
        String sku = CatalogFixtures.create(admin, "测试家纺 安全库存")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
        apply(admin, move("INBOUND", sku, 20));
        var configured =
                admin.put("/api/v1/stock/" + sku + "/safety-stock", Map.of("mode", "FIXED", "fixedQuantity", 10));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        assertThat(configured.json().get("threshold").asInt()).isEqualTo(10);
        assertThat(alerts(admin, sku).get("total").asInt()).isZero();

        apply(admin, move("OUTBOUND", sku, 12));
        JsonNode first = alerts(admin, sku);
        assertThat(first.get("total").asInt()).isEqualTo(1);
        assertThat(first.get("items").get(0).get("availableAtRaise").asInt()).isEqualTo(8);
        assertThat(first.get("items").get(0).get("resolvedAt").isNull()).isTrue();

        apply(admin, move("OUTBOUND", sku, 1));
        apply(admin, move("RESERVATION", sku, 2));
        assertThat(alerts(admin, sku).get("total").asInt())
                .as("no alert storm while below")
                .isEqualTo(1);

        apply(admin, move("INBOUND", sku, 10));
        JsonNode recovered = alerts(admin, sku).get("items").get(0);
        assertThat(recovered.get("resolvedAt").isNull()).isFalse();
        assertThat(recovered.get("availableAtResolve").asInt()).isEqualTo(15);

        apply(admin, move("OUTBOUND", sku, 6));
        JsonNode again = alerts(admin, sku);
        assertThat(again.get("total").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/v1/stock/alerts?sku=" + sku)
                        .json()
                        .get("total")
                        .asInt())
                .as("open only")
                .isEqualTo(1);

        long open = again.get("items").get(0).get("id").asLong();
        assertThat(admin.post("/api/v1/stock/alerts/" + open + "/acknowledgement", "{}")
                        .status())
                .isEqualTo(204);
        assertThat(alerts(admin, sku).get("items").get(0).get("acknowledgedBy").asString())
                .isEqualTo("admin");
    }

    @Test
    void deliversEachNewAlertOnceToTheNotificationWebhookSigned() {
        var admin = ApiClient.admin(port);
        String sku = CatalogFixtures.create(admin, "测试家纺 预警通知")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
        apply(admin, move("INBOUND", sku, 5));
        admin.put("/api/v1/stock/" + sku + "/safety-stock", Map.of("mode", "FIXED", "fixedQuantity", 8));
        apply(admin, move("OUTBOUND", sku, 1));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> received(sku).size() == 1);
        JsonNode notification = received(sku).getFirst();
        assertThat(notification.get("topic").asString()).isEqualTo("stock.alert.raised");
        assertThat(notification.get("payload").get("threshold").asInt()).isEqualTo(8);
        assertThat(notification.get("payload").get("available").asInt()).isEqualTo(5);
        assertThat(received(sku))
                .as("one notification per crossing, not per movement")
                .hasSize(1);
    }

    static List<JsonNode> received(String sku) {
        return TestNotificationReceiver.RECEIVED.stream()
                .filter(n -> "stock.alert.raised".equals(n.get("topic").asString())
                        && sku.equals(n.get("payload").get("skuCode").asString()))
                .toList();
    }

    @Test
    void computesTheThresholdFromRecentDemandLeadTimeAndSafetyFactor() {
        var admin = ApiClient.admin(port);
        String sku = CatalogFixtures.create(admin, "测试家纺 需求安全库存")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
        apply(admin, move("INBOUND", sku, 100));
        apply(admin, move("OUTBOUND", sku, 10));
        Map<String, Object> policy = new HashMap<>(Map.of("mode", "COMPUTED", "leadTimeDays", 7, "safetyFactor", 1.65));
        var computed = admin.put("/api/v1/stock/" + sku + "/safety-stock", policy);
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        // 10 units sold today, none on the 27 days before: ⌈0.357 × 7 + 1.65 × 1.856 × √7⌉ = 11
        assertThat(computed.json().get("threshold").asInt()).isEqualTo(11);
        assertThat(computed.json().get("computedAt").isNull()).isFalse();
        var audit = admin.get("/api/v1/audit?entityType=safety-stock&entityId=" + sku)
                .json();
        assertThat(audit.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void refusesIncompletePoliciesUnknownSkusAndReadOnlyRoles() {
        var admin = ApiClient.admin(port);
        String sku = CatalogFixtures.create(admin, "测试家纺 安全库存校验")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
        var incomplete =
                admin.put("/api/v1/stock/" + sku + "/safety-stock", Map.of("mode", "COMPUTED", "safetyFactor", 1));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors").get(0).get("field").asString())
                .isEqualTo("leadTimeDays");
        var tooHigh = admin.put(
                "/api/v1/stock/" + sku + "/safety-stock",
                Map.of("mode", "COMPUTED", "leadTimeDays", 7, "safetyFactor", 9));
        assertThat(tooHigh.json().get("errors").get(0).get("field").asString()).isEqualTo("safetyFactor");
        assertThat(admin.put("/api/v1/stock/NO-SUCH-SKU/safety-stock", Map.of("mode", "FIXED", "fixedQuantity", 1))
                        .status())
                .isEqualTo(404);
        var analyst = InventoryApiTest.as(admin, "ANALYST");
        assertThat(analyst.put("/api/v1/stock/" + sku + "/safety-stock", Map.of("mode", "FIXED", "fixedQuantity", 1))
                        .status())
                .isEqualTo(403);
        assertThat(analyst.get("/api/v1/stock/alerts").status()).isEqualTo(200);
    }
}
