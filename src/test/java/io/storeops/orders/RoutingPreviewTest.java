package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.StockLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/orders/routing-rules/preview}: a draft routing table ranks the warehouses without being stored;
 * the warehouses it chooses for a sample order are the ones the router then allocates, and nothing is reserved by
 * asking; bad input answers a problem naming the field; the read permission is enough.
 */
@IntegrationTest
class RoutingPreviewTest {

    static final String PREVIEW = "/api/v1/orders/routing-rules/preview";

    @LocalServerPort
    int port;

    @Autowired
    Inventory inventory;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.admin(port);
    }

    static Map<String, Object> rule(String province, String warehouse, int priority, String cost) {
        return Map.of("province", province, "warehouse", warehouse, "priority", priority, "cost", cost);
    }

    static Map<String, Object> request(List<?> rules, String province, Object... skuQuantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuQuantity.length; i += 2) {
            lines.add(Map.of("skuCode", skuQuantity[i], "quantity", skuQuantity[i + 1]));
        }
        return Map.of("rules", rules, "order", Map.of("province", province, "lines", lines));
    }

    JsonNode preview(Map<String, Object> request) {
        var answer = admin.post(PREVIEW, request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    int reserved(String sku) {
        return inventory.levelsOf(sku).stream().mapToInt(StockLevel::reserved).sum();
    }

    @Test
    void aDraftTableRanksTheWarehousesWithoutBeingStored() {
        String stored = admin.get("/api/v1/orders/routing-rules").body();
        var draft = List.of(rule("台湾", "GZ-01", 2, "3.00"), rule("台湾省", "BJ-01", 1, "12.50"));

        JsonNode answer = preview(request(draft, "台湾 省"));

        JsonNode ranking = answer.get("ranking");
        assertThat(ranking.get(0).get("warehouse").asString()).isEqualTo("BJ-01");
        assertThat(ranking.get(0).get("reason").asString()).isEqualTo("RULE");
        assertThat(ranking.get(0).get("priority").asInt()).isEqualTo(1);
        assertThat(ranking.get(0).get("cost").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(ranking.get(1).get("warehouse").asString()).isEqualTo("GZ-01");
        assertThat(ranking.get(1).get("reason").asString()).isEqualTo("RULE");
        JsonNode shanghai = null;
        for (JsonNode w : ranking) {
            if (w.get("warehouse").asString().equals("SH-01")) {
                shanghai = w;
            }
        }
        assertThat(shanghai).as("every active warehouse is ranked").isNotNull();
        assertThat(shanghai.get("reason").asString()).isEqualTo("WAREHOUSE_PRIORITY");
        assertThat(answer.get("outcome").asString()).isEqualTo("RANKING_ONLY");
        assertThat(answer.get("chosen")).isEmpty();
        assertThat(ApiClient.json()
                        .readTree(admin.get("/api/v1/orders/routing-rules").body()))
                .as("the draft is not stored")
                .isEqualTo(ApiClient.json().readTree(stored));
    }

    @Test
    void theChosenWarehousesAreTheOnesTheRouterAllocatesAndAskingReservesNothing() {
        String sku = OrderFixtures.skuWithStock(admin, inventory, "SH-01", 1, "BJ-01", 3);
        List<JsonNode> table = new ArrayList<>();
        admin.get("/api/v1/orders/routing-rules").json().forEach(table::add);

        JsonNode onePackage = preview(request(table, "上海市", sku, 2));
        assertThat(onePackage.get("outcome").asString()).isEqualTo("ONE_PARCEL");
        assertThat(texts(onePackage.get("chosen"))).containsExactly("BJ-01");
        JsonNode split = preview(request(table, "上海市", sku, 3, sku, 1));
        assertThat(split.get("outcome").asString())
                .as("two lines of one SKU count together")
                .isEqualTo("SPLIT");
        assertThat(texts(split.get("chosen"))).containsExactly("BJ-01", "SH-01");
        JsonNode tooMany = preview(request(table, "上海市", sku, 5));
        assertThat(tooMany.get("outcome").asString()).isEqualTo("AWAITING_STOCK");
        assertThat(tooMany.get("allocations")).isEmpty();
        assertThat(reserved(sku)).as("a preview reserves nothing").isZero();

        var placed = admin.post(
                "/api/v1/orders/batch",
                Map.of(
                        "orders",
                        List.of(OrderFixtures.order(
                                "JD", ApiClient.unique("PRV-"), "上海市", OrderFixtures.phone(), sku, 2))));
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(placed.json().get(0).get("status").asString()).isEqualTo("ALLOCATED");
        JsonNode order = admin.get("/api/v1/orders/by-number/"
                        + placed.json().get(0).get("orderNo").asString())
                .json();
        assertThat(order.get("allocations").get(0).get("warehouse").asString())
                .as("the router does what the preview said")
                .isEqualTo("BJ-01");
        assertThat(order.get("allocations")).hasSize(1);
    }

    @Test
    void badInputAnswersAProblemNamingTheField() {
        var answer = admin.post(PREVIEW, request(List.of(rule("广东", "", 1, "1.00")), "", "SKU-X", 0));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("rules[0].warehouse", "order.province", "order.lines[0].quantity");
    }

    @Test
    void previewingIsForWhoeverEditsTheRoutingTable() {
        String analyst = ApiClient.unique("analyst-").toLowerCase();
        var created = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        analyst,
                        "displayName",
                        "分析师",
                        "password",
                        "Analyst-Password-1",
                        "roles",
                        List.of("ANALYST")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var body = request(List.of(), "广东");

        // a POST, though it stores nothing: like every non-GET it needs a write permission (WritePermissionsTest)
        assertThat(ApiClient.loggedIn(port, analyst, "Analyst-Password-1")
                        .post(PREVIEW, body)
                        .status())
                .isEqualTo(403);
        assertThat(admin.post(PREVIEW, body).status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).post(PREVIEW, body).status()).isEqualTo(401);
    }
}
