package io.storeops.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class InventoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static Map<String, Object> move(String type, String sku, String warehouse, int quantity) {
        return Map.of(
                "type",
                type,
                "skuCode",
                sku,
                "warehouse",
                warehouse,
                "quantity",
                quantity,
                "reason",
                "测试 test",
                "referenceType",
                "order",
                "referenceId",
                "SO-TEST");
    }

    String newSku(ApiClient admin) {
        return CatalogFixtures.create(admin, "测试家纺 库存接口")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
    }

    @Test
    void receivesReservesShipsAndReleasesWithALedgerLineForEachMovement() {
        var admin = ApiClient.admin(port);
        String sku = newSku(admin);
        var applied = admin.post(
                "/api/v1/stock/movements",
                Map.of(
                        "movements",
                        List.of(
                                move("INBOUND", sku, "SH-01", 100),
                                move("INBOUND", sku, "GZ-01", 40),
                                move("RESERVATION", sku, "SH-01", 30),
                                move("SHIPMENT", sku, "SH-01", 10),
                                move("RELEASE", sku, "SH-01", 5),
                                move("ADJUSTMENT", sku, "GZ-01", -2))));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("applied").asInt()).isEqualTo(6);

        JsonNode stock = admin.get("/api/v1/stock/" + sku).json();
        JsonNode sh = stock.get("warehouses").get(0);
        assertThat(sh.get("warehouse").asString()).isEqualTo("SH-01");
        assertThat(sh.get("onHand").asInt()).isEqualTo(90);
        assertThat(sh.get("reserved").asInt()).isEqualTo(15);
        assertThat(sh.get("available").asInt()).isEqualTo(75);
        assertThat(stock.get("warehouses").get(1).get("onHand").asInt()).isEqualTo(38);
        assertThat(stock.get("availableToSell").get("available").asInt()).isEqualTo(113);
        assertThat(stock.get("availableToSell").get("channels").get("TMALL").asInt())
                .isEqualTo(101);
        assertThat(stock.get("availableToSell").get("channels").get("DOUYIN").asInt())
                .isEqualTo(50);
        assertThat(stock.get("availableToSell").get("channels").get("WEBSHOP").asInt())
                .isEqualTo(113);

        JsonNode ledger = admin.get("/api/v1/stock/" + sku + "/ledger").json();
        assertThat(ledger.get("total").asInt()).isEqualTo(6);
        JsonNode last = ledger.get("items").get(0);
        assertThat(last.get("movement").asString()).isEqualTo("ADJUSTMENT");
        assertThat(last.get("onHandDelta").asInt()).isEqualTo(-2);
        assertThat(last.get("actor").asString()).isEqualTo("admin");
        assertThat(last.get("referenceId").asString()).isEqualTo("SO-TEST");
        assertThat(last.get("reason").get("code").asString()).isEqualTo("inventory.REASON_TEXT");
        assertThat(last.get("reason").get("message").asString()).isEqualTo("测试 test");
    }

    @Test
    void aReasonStoredAsTextBeforeReasonsHadCodesIsShownAsItWas() {
        var admin = ApiClient.admin(port);
        String sku = newSku(admin);
        admin.post("/api/v1/stock/movements", Map.of("movements", List.of(move("INBOUND", sku, "SH-01", 5))));
        jdbc.sql("""
                        insert into inventory.stock_ledger (sku_code, warehouse_id, movement, on_hand_delta, reserved_delta,
                            on_hand_after, reserved_after, reason, actor)
                        select sku_code, warehouse_id, 'ADJUSTMENT', 0, 0, on_hand, reserved, '盘点 / stock count', 'admin'
                        from inventory.stock where sku_code = ?""").param(sku).update();

        JsonNode reason = admin.get("/api/v1/stock/" + sku + "/ledger")
                .json()
                .get("items")
                .get(0)
                .get("reason");
        assertThat(reason.get("code").asString()).isEqualTo("inventory.LEGACY_TEXT");
        assertThat(reason.get("message").asString()).isEqualTo("盘点 / stock count");
        assertThat(admin.get("/api/v1/stock/ledger-check").json().get("mismatches"))
                .isEmpty();
    }

    @Test
    void aBatchWithOneImpossibleMovementAppliesNothing() {
        var admin = ApiClient.admin(port);
        String sku = newSku(admin);
        admin.post("/api/v1/stock/movements", Map.of("movements", List.of(move("INBOUND", sku, "SH-01", 10))));
        var refused = admin.post(
                "/api/v1/stock/movements",
                Map.of("movements", List.of(move("RESERVATION", sku, "SH-01", 4), move("OUTBOUND", sku, "SH-01", 7))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("violations").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(refused.json().get("code").asString()).isEqualTo("inventory.INSUFFICIENT_STOCK");
        assertThat(refused.json().get("detail").asString()).isEqualTo("1 movements lack stock; none was applied");
        JsonNode sh = admin.get("/api/v1/stock/" + sku).json().get("warehouses").get(0);
        assertThat(sh.get("onHand").asInt()).isEqualTo(10);
        assertThat(sh.get("reserved").asInt()).isZero();
        assertThat(admin.get("/api/v1/stock/" + sku + "/ledger")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void refusesUnknownSkusWarehousesAndBadQuantitiesWithFieldErrors() {
        var admin = ApiClient.admin(port);
        String sku = newSku(admin);
        var unknownSku = admin.post(
                "/api/v1/stock/movements", Map.of("movements", List.of(move("INBOUND", "NO-SUCH-SKU", "SH-01", 1))));
        assertThat(unknownSku.status()).isEqualTo(400);
        assertThat(unknownSku.json().get("errors").get(0).get("field").asString())
                .isEqualTo("movements[0].skuCode");
        assertThat(unknownSku.json().get("errors").get(0).get("message").asString())
                .isEqualTo("unknown SKU NO-SUCH-SKU");
        var unknownWarehouse =
                admin.post("/api/v1/stock/movements", Map.of("movements", List.of(move("INBOUND", sku, "MOON-1", 1))));
        assertThat(unknownWarehouse.json().get("errors").get(0).get("field").asString())
                .isEqualTo("movements[0].warehouse");
        assertThat(unknownWarehouse.json().get("errors").get(0).get("code").asString())
                .isEqualTo("inventory.UNKNOWN_WAREHOUSE");
        assertThat(unknownWarehouse
                        .json()
                        .get("errors")
                        .get(0)
                        .get("args")
                        .get("warehouse")
                        .asString())
                .isEqualTo("MOON-1");
        var negative = admin.post(
                "/api/v1/stock/movements",
                Map.of("movements", List.of(move("INBOUND", sku, "SH-01", 1), move("INBOUND", sku, "SH-01", -5))));
        assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("movements[1].quantity");
        assertThat(negative.json().get("errors").get(0).get("code").asString())
                .isEqualTo("inventory.QUANTITY_NOT_POSITIVE");
        var badType = admin.post(
                "/api/v1/stock/movements",
                "{\"movements\":[{\"type\":\"STEAL\",\"skuCode\":\"x\",\"warehouse\":\"SH-01\",\"quantity\":1,\"reason\":\"x\"}]}");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("errors").get(0).get("field").asString()).isEqualTo("movements[0].type");
    }

    @Test
    void theLedgerIsAppendOnlyAndAgreesWithTheStock() {
        var admin = ApiClient.admin(port);
        var check = admin.get("/api/v1/stock/ledger-check").json();
        assertThat(check.get("stockRows").asLong()).isGreaterThan(1000);
        assertThat(check.get("mismatches")).isEmpty();
        assertThatThrownBy(() -> jdbc.sql(
                                "update inventory.stock_ledger set on_hand_delta = 0 where id = (select min(id) from inventory.stock_ledger)")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql(
                                "delete from inventory.stock_ledger where id = (select min(id) from inventory.stock_ledger)")
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void theLedgerCheckFindsStockThatWasChangedBehindItsBack() {
        var admin = ApiClient.admin(port);
        String sku = newSku(admin);
        admin.post("/api/v1/stock/movements", Map.of("movements", List.of(move("INBOUND", sku, "BJ-01", 5))));
        jdbc.sql("update inventory.stock set on_hand = on_hand + 1 where sku_code = ?")
                .param(sku)
                .update();
        try {
            var check = admin.get("/api/v1/stock/ledger-check").json();
            assertThat(check.get("mismatches").toString()).contains(sku, "\"onHand\":6", "\"ledgerOnHand\":5");
        } finally {
            jdbc.sql("update inventory.stock set on_hand = on_hand - 1 where sku_code = ?")
                    .param(sku)
                    .update();
        }
    }

    @Test
    void channelAllocationsAreConfigurableAndAudited() {
        var admin = ApiClient.admin(port);
        var allocations = admin.get("/api/v1/stock/allocations").json();
        assertThat(allocations.toString()).contains("TMALL", "BUFFER_PERCENT", "DOUYIN", "FIXED_QUOTA");
        var invalid = admin.put("/api/v1/stock/allocations/JD", Map.of("mode", "BUFFER_PERCENT", "value", 120));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("code").asString())
                .isEqualTo("inventory.BUFFER_OUT_OF_RANGE");
        var updated = admin.put("/api/v1/stock/allocations/JD", Map.of("mode", "BUFFER_PERCENT", "value", 15));
        assertThat(updated.status()).isEqualTo(200);
        var audit = admin.get("/api/v1/audit?entityType=channel-allocation&entityId=JD")
                .json()
                .get("items")
                .get(0);
        assertThat(audit.get("after").get("value").decimalValue()).isEqualByComparingTo("15");
        admin.put("/api/v1/stock/allocations/JD", Map.of("mode", "BUFFER_PERCENT", "value", 10));
        assertThat(admin.put("/api/v1/stock/allocations/NOPE", Map.of("mode", "FIXED_QUOTA", "value", 1))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyWarehouseStaffAndAdminsMoveStock() {
        var admin = ApiClient.admin(port);
        String sku = newSku(admin);
        var body = Map.of("movements", List.of(move("INBOUND", sku, "SH-01", 3)));
        for (String role : List.of("ANALYST", "OPERATIONS", "SERVICE_AGENT")) {
            var user = as(admin, role);
            assertThat(user.get("/api/v1/stock?size=1").status()).isEqualTo(200);
            assertThat(user.post("/api/v1/stock/movements", body).status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(user.get("/api/v1/stock/ledger-check").status()).as(role).isEqualTo(403);
        }
        var warehouse = as(admin, "WAREHOUSE");
        assertThat(warehouse.post("/api/v1/stock/movements", body).status()).isEqualTo(200);
        assertThat(warehouse
                        .put("/api/v1/stock/allocations/JD", Map.of("mode", "BUFFER_PERCENT", "value", 50))
                        .status())
                .isEqualTo(403);
        assertThat(warehouse
                        .post(
                                "/api/v1/warehouses",
                                Map.of("code", ApiClient.unique("WH-"), "name", "测试仓", "province", "浙江", "priority", 9))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void refusesATakenOrMalformedWarehouseCodeSayingWhy() {
        var admin = ApiClient.admin(port);
        var taken = admin.post(
                "/api/v1/warehouses", Map.of("code", "SH-01", "name", "重复仓", "province", "上海", "priority", 9));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("errors").get(0).get("code").asString())
                .isEqualTo("inventory.WAREHOUSE_CODE_TAKEN");
        assertThat(taken.json().get("errors").get(0).get("message").asString())
                .isEqualTo("warehouse code already exists: SH-01");
        var malformed = admin.post(
                "/api/v1/warehouses", Map.of("code", "sh-lower", "name", "小写仓", "province", "上海", "priority", 9));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("code").asString())
                .isEqualTo("inventory.WAREHOUSE_CODE_FORMAT");
        assertThat(malformed.json().get("errors").get(0).get("message").asString())
                .isEqualTo("upper-case letters, digits, _ and -");
    }

    @Test
    void theDemoStoreHasStockInTwoOrThreeWarehousesPerSku() {
        var counts = jdbc.sql("""
                        select count(distinct s.warehouse_id) from inventory.stock s
                        join catalog.skus k on k.sku_code = s.sku_code join catalog.products p on p.id = k.product_id
                        where p.spu_code ~ '^[A-Z]{3}-[A-Z]{3}-[0-9]{3}$' group by s.sku_code""").query(Long.class).list();
        assertThat(counts)
                .hasSizeGreaterThanOrEqualTo(500)
                .allSatisfy(c -> assertThat(c).isBetween(2L, 3L));
        long demoAlerts = jdbc.sql(
                        "select count(*) from inventory.stock_alerts a join catalog.skus k on k.sku_code = a.sku_code"
                                + " join catalog.products p on p.id = k.product_id where p.spu_code ~ '^[A-Z]{3}-[A-Z]{3}-[0-9]{3}$'")
                .query(Long.class)
                .single();
        assertThat(demoAlerts).as("some demo SKUs are under their safety stock").isPositive();
    }

    static ApiClient as(ApiClient admin, String role) {
        String username =
                ApiClient.unique(role.toLowerCase().replace('_', '-') + "-").toLowerCase();
        admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        role,
                        "password",
                        "Role-Password-1",
                        "roles",
                        List.of(role)));
        return ApiClient.loggedIn(admin.port(), username, "Role-Password-1");
    }
}
