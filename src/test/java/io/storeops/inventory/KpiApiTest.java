package io.storeops.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class KpiApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    ApiClient admin;
    String spu;
    String busy;
    String soldOut;

    /** Two fresh SKUs (cost 120.00 and 125.00) with movements made today. */
    @BeforeEach
    void stockTwoSkus() {
        admin = ApiClient.admin(port);
        JsonNode product = CatalogFixtures.create(admin, "测试家纺 库存指标");
        spu = product.get("spuCode").asString();
        busy = product.get("skus").get(0).get("skuCode").asString();
        soldOut = product.get("skus").get(1).get("skuCode").asString();
        var applied = admin.post(
                "/api/v1/stock/movements",
                Map.of(
                        "movements",
                        List.of(
                                InventoryApiTest.move("INBOUND", busy, "SH-01", 100),
                                InventoryApiTest.move("RESERVATION", busy, "SH-01", 20),
                                InventoryApiTest.move("SHIPMENT", busy, "SH-01", 20),
                                InventoryApiTest.move("RETURN", busy, "SH-01", 2),
                                InventoryApiTest.move("INBOUND", soldOut, "GZ-01", 5),
                                InventoryApiTest.move("OUTBOUND", soldOut, "GZ-01", 5))));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
    }

    JsonNode kpis(String query) {
        var response = admin.get("/api/v1/stock/kpis?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode item(JsonNode report, String key) {
        for (JsonNode item : report.get("items")) {
            if (item.get("key").asString().equals(key)) {
                return item;
            }
        }
        throw new AssertionError("no item " + key + " in " + report);
    }

    @Test
    void reportsTheKpisOfEachSkuForToday() {
        JsonNode report = kpis("groupBy=sku&q=" + spu + "&from=" + TODAY + "&to=" + TODAY + "&sort=unitsSold,desc");

        assertThat(report.get("period").get("from").asString()).isEqualTo(TODAY.toString());
        assertThat(report.get("period").get("days").asInt()).isEqualTo(1);
        assertThat(report.get("total").asLong()).isEqualTo(2);
        assertThat(report.get("items")).extracting(i -> i.get("key").asString()).containsExactly(busy, soldOut);

        // in 100, shipped 20, returned 2: sold 18 of 0 + 102 received; 82 on hand at 120.00
        JsonNode b = item(report, busy);
        assertThat(b.get("label").asString()).isEqualTo("测试家纺 库存指标");
        assertThat(b.get("unitsSold").asLong()).isEqualTo(18);
        assertThat(b.get("averageOnHand").decimalValue()).isEqualByComparingTo("41.0");
        assertThat(b.get("turnoverDays").decimalValue()).isEqualByComparingTo("2.3");
        assertThat(b.get("sellThrough").decimalValue()).isEqualByComparingTo("0.1800");
        assertThat(b.get("stockAgeDays").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(b.get("capitalTiedUp").decimalValue()).isEqualByComparingTo("9840.00");
        assertThat(b.get("stockOutRate").decimalValue()).isEqualByComparingTo("0");

        // in 5, out 5: sold out at the end of today, nothing left to age or to tie up capital
        JsonNode s = item(report, soldOut);
        assertThat(s.get("unitsSold").asLong()).isEqualTo(5);
        assertThat(s.get("averageOnHand").decimalValue()).isEqualByComparingTo("0");
        assertThat(s.get("turnoverDays").decimalValue()).isEqualByComparingTo("0");
        assertThat(s.get("sellThrough").decimalValue()).isEqualByComparingTo("1");
        assertThat(s.get("stockAgeDays").isNull()).isTrue();
        assertThat(s.get("capitalTiedUp").decimalValue()).isEqualByComparingTo("0");
        assertThat(s.get("stockOutRate").decimalValue()).isEqualByComparingTo("1");

        JsonNode totals = report.get("totals");
        assertThat(totals.get("unitsSold").asLong()).isEqualTo(23);
        assertThat(totals.get("sellThrough").decimalValue()).isEqualByComparingTo("0.2190");
        assertThat(totals.get("turnoverDays").decimalValue()).isEqualByComparingTo("1.8");
        assertThat(totals.get("capitalTiedUp").decimalValue()).isEqualByComparingTo("9840.00");
        assertThat(totals.get("stockOutRate").decimalValue()).isEqualByComparingTo("0.5");
    }

    @Test
    void defaultsToTheLast30DaysAndCountsStockOutDaysOnlySinceTheSkuHadStock() {
        JsonNode report = kpis("q=" + busy);

        assertThat(report.get("period").get("from").asString())
                .isEqualTo(TODAY.minusDays(29).toString());
        assertThat(report.get("period").get("to").asString()).isEqualTo(TODAY.toString());
        assertThat(report.get("period").get("days").asInt()).isEqualTo(30);
        JsonNode b = item(report, busy);
        // average 41 over 18 sold in 30 days
        assertThat(b.get("turnoverDays").decimalValue()).isEqualByComparingTo("68.3");
        assertThat(b.get("sellThrough").decimalValue()).isEqualByComparingTo("0.1800");
        assertThat(b.get("stockOutRate").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aPeriodBeforeAnyMovementHasNoSalesButTheCapitalTiedUpNow() {
        LocalDate yesterday = TODAY.minusDays(1);
        JsonNode b = item(kpis("q=" + busy + "&from=" + yesterday.minusDays(6) + "&to=" + yesterday), busy);

        assertThat(b.get("unitsSold").asLong()).isZero();
        assertThat(b.get("averageOnHand").decimalValue()).isEqualByComparingTo("0");
        assertThat(b.get("turnoverDays").isNull()).isTrue();
        assertThat(b.get("sellThrough").isNull()).isTrue();
        assertThat(b.get("stockOutRate").isNull()).isTrue();
        assertThat(b.get("capitalTiedUp").decimalValue()).isEqualByComparingTo("9840.00");
    }

    @Test
    void groupsByTheDemoCategoriesAndWarehousesWithTheSameTotals() {
        JsonNode bySku = kpis("groupBy=sku&size=1");
        JsonNode byCategory = kpis("groupBy=category&size=500&sort=capitalTiedUp,desc");
        JsonNode byWarehouse = kpis("groupBy=warehouse");

        List<String> categories = new ArrayList<>();
        byCategory.get("items").forEach(i -> categories.add(i.get("key").asString()));
        assertThat(categories).contains("home-bedding", "digital-phone", "apparel-men", "beauty-skincare", "food-tea");
        assertThat(item(byCategory, "home-bedding").get("label").asString()).isEqualTo("床上用品");
        assertThat(item(byCategory, "home-bedding").get("unitsSold").asLong()).isGreaterThanOrEqualTo(18);
        assertThat(item(byWarehouse, "SH-01").get("label").asString()).isEqualTo("华东中心仓");

        for (String measure : List.of("unitsSold", "capitalTiedUp", "averageOnHand", "stockAgeDays")) {
            assertThat(byCategory.get("totals").get(measure).decimalValue())
                    .as(measure)
                    .isEqualByComparingTo(bySku.get("totals").get(measure).decimalValue())
                    .isEqualByComparingTo(byWarehouse.get("totals").get(measure).decimalValue());
        }
        assertThat(bySku.get("total").asLong()).isGreaterThan(500);
        assertThat(bySku.get("items")).hasSize(1);
        var capitals = new ArrayList<BigDecimal>();
        byCategory.get("items").forEach(i -> capitals.add(i.get("capitalTiedUp").decimalValue()));
        assertThat(capitals).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void refusesBadPeriodsNamingTheField() {
        assertProblem("from=" + TODAY + "&to=" + TODAY.minusDays(1), "from");
        assertProblem("from=" + TODAY.minusDays(366) + "&to=" + TODAY, "from");
        assertProblem("from=2026-02-30", "from");
        assertProblem("to=" + TODAY.plusDays(1), "to");
        assertProblem("groupBy=brand", "groupBy");
        assertProblem("sort=cost,desc", "sort");
    }

    void assertProblem(String query, String field) {
        var response = admin.get("/api/v1/stock/kpis?" + query);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString())
                .as(query)
                .isEqualTo(field);
    }
}
