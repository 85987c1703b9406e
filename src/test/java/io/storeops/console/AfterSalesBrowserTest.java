package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.orders.OrderWarnings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The after-sales pages in real headless Chromium: a stalled parcel shows on the warnings board and in the list, is
 * assigned to an owner, found by that owner and resolved with a required text; a new buyer's refund waits on the
 * returns page with its failed fast-refund check and is paid from there; the metrics page shows its KPI tiles and
 * charts and reloads for another date range. Skipped when no Chromium is installed.
 */
@IntegrationTest
class AfterSalesBrowserTest extends BrowserTestSupport {

    @Autowired
    Inventory inventory;

    @Autowired
    OrderWarnings warnings;

    @Autowired
    JdbcClient jdbc;

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String tracking(String prefix) {
        return prefix + (System.nanoTime() % 10_000_000_000L);
    }

    static Map<String, Object> order(String sku, String province) {
        Map<String, Object> order = new HashMap<>();
        order.put("channel", "JD");
        order.put("externalId", ApiClient.unique("BT-AS-"));
        String phone = phone();
        order.put("buyer", Map.of("nick", "bt-" + phone, "name", "售后买家", "phone", phone));
        order.put(
                "address", Map.of("province", province, "city", "某市", "district", "某区", "detail", "幸福路 88 号 2 栋 301"));
        order.put("lines", List.of(Map.of("skuCode", sku, "quantity", 1, "unitPrice", "49.90")));
        return order;
    }

    /** A new order for one unit, allocated from the stocked warehouse; answers {id, orderNo}. */
    static Object[] allocatedOrder(ApiClient admin, String sku, String province) {
        var answer = admin.post("/api/v1/orders/batch", Map.of("orders", List.of(order(sku, province))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get(0).get("status").asString()).isEqualTo("ALLOCATED");
        String orderNo = answer.json().get(0).get("orderNo").asString();
        long id = admin.get("/api/v1/orders/by-number/" + orderNo)
                .json()
                .get("id")
                .asLong();
        return new Object[] {id, orderNo};
    }

    static long ship(ApiClient admin, long id, String warehouse, String carrier, String trackingNo) {
        var shipped = admin.post(
                "/api/v1/orders/" + id + "/shipments",
                Map.of("warehouse", warehouse, "carrier", carrier, "trackingNo", trackingNo));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(201);
        return shipped.json().get("id").asLong();
    }

    static Locator messageBox(Page page, String text) {
        return page.locator(".el-message--success")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
    }

    @Test
    void resolvesAStalledParcelPaysAPendingRefundAndShowsTheMetrics() throws Exception {
        var admin = ApiClient.admin(port);
        String sku = CatalogFixtures.create(admin, "售后浏览器测试 家纺")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
        inventory.apply(List.of(
                new Movement(MovementType.INBOUND, sku, "BJ-01", 5, "test stock", "test", null),
                new Movement(MovementType.INBOUND, sku, "SH-01", 5, "test stock", "test", null)));

        // A parcel without a scan for four days: a STALLED warning
        Object[] stalled = allocatedOrder(admin, sku, "北京");
        long stalledId = (Long) stalled[0];
        String stalledNo = (String) stalled[1];
        String stalledTracking = tracking("EM");
        long shipmentId = ship(admin, stalledId, "BJ-01", "EMS", stalledTracking);
        jdbc.sql("update orders.shipments set shipped_at = now() - interval '4 days' where id = ?")
                .param(shipmentId)
                .update();
        warnings.scan();
        long warningId = admin.get("/api/v1/orders/" + stalledId + "/warnings")
                .json()
                .valueStream()
                .filter(w -> w.get("type").asString().equals("STALLED"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();

        // A delivered order of a new buyer, refund only: the refund waits for a person
        Object[] delivered = allocatedOrder(admin, sku, "上海");
        long deliveredId = (Long) delivered[0];
        String deliveredTracking = tracking("SF");
        ship(admin, deliveredId, "SH-01", "SF", deliveredTracking);
        admin.post(
                "/api/v1/orders/tracking-events",
                Map.of(
                        "carrier", "SF",
                        "trackingNo", deliveredTracking,
                        "eventId", "d",
                        "status", "DELIVERED",
                        "location", "上海",
                        "description", "已签收",
                        "occurredAt", Instant.now().toString()));
        var requested = admin.post(
                "/api/v1/orders/" + deliveredId + "/returns",
                Map.of(
                        "type",
                        "REFUND_ONLY",
                        "reason",
                        "NOT_AS_DESCRIBED",
                        "note",
                        "颜色与图片不符",
                        "lines",
                        List.of(Map.of("skuCode", sku, "quantity", 1))));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String returnNo = requested.json().get("returnNo").asString();
        JsonNode refund = requested.json().get("refunds").get(0);
        assertThat(refund.get("status").asString()).isEqualTo("PENDING");
        String refundNo = refund.get("refundNo").asString();

        List<String> problems = new ArrayList<>();
        Page page = loggedIn(problems);
        try {
            // Warnings board: the STALLED card counts it, the list shows it with its parcel
            page.navigate(url("/orders/warnings?type=STALLED&size=200"));
            var card = page.getByTestId("board-card-STALLED");
            assertThat(card).isVisible();
            assertThat(card).containsText("物流停滞");
            assertThat(card).not().hasAttribute("data-open", "0");
            var row = page.getByTestId("warning-row-" + warningId);
            assertThat(row).hasAttribute("data-status", "OPEN");
            assertThat(page.getByTestId("warning-order-" + warningId)).hasText(stalledNo);
            assertThat(page.getByTestId("warning-detail-" + warningId)).containsText(stalledTracking);
            assertThat(page.getByTestId("warning-reship-" + warningId)).isVisible();
            shot(page, "aftersales-warnings.png");

            // Assign it to an owner, then find it by that owner
            String owner = ApiClient.unique("值班-");
            page.getByTestId("warning-assign-" + warningId).click();
            assertThat(page.getByTestId("warning-assign-dialog")).isVisible();
            input(page, "warning-assign-owner").fill(owner);
            page.getByTestId("warning-assign-submit").click();
            assertThat(page.getByTestId("warning-assign-dialog")).isHidden();
            assertThat(page.getByTestId("warning-owner-" + warningId)).hasText(owner);
            input(page, "warnings-owner").fill(owner);
            input(page, "warnings-owner").press("Enter");
            page.waitForURL(Pattern.compile(".*[?&]owner=.*"));
            assertThat(page.getByTestId("warnings-total")).containsText("共 1 条");

            // The visible rows export as CSV
            Download download = page.waitForDownload(
                    () -> page.getByTestId("warnings-export").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFID,订单号,").contains(stalledNo).contains(owner);

            // Resolving needs a text
            page.getByTestId("warning-resolve-" + warningId).click();
            var resolveDialog = page.getByTestId("warning-resolve-dialog");
            assertThat(resolveDialog).isVisible();
            page.getByTestId("warning-resolve-submit").click();
            assertThat(resolveDialog.locator(".el-form-item__error")).containsText("必填");
            page.locator(
                            "[data-testid='warning-resolution-input'] textarea, textarea[data-testid='warning-resolution-input']")
                    .first()
                    .fill("已联系快递，包裹重新派送");
            page.getByTestId("warning-resolve-submit").click();
            assertThat(resolveDialog).isHidden();
            assertThat(page.getByTestId("warning-row-" + warningId)).hasCount(0);
            page.getByTestId("warnings-status").getByText("全部").click();
            page.waitForURL(Pattern.compile(".*[?&]status=ALL.*"));
            assertThat(page.getByTestId("warning-status-" + warningId)).hasAttribute("data-status", "RESOLVED");
            assertThat(page.getByTestId("warning-status-" + warningId)).hasText("已处理");
            assertThat(page.getByTestId("warning-resolution-" + warningId)).containsText("已联系快递，包裹重新派送");
            assertThat(admin.get("/api/v1/orders/" + stalledId + "/warnings")
                            .json()
                            .valueStream()
                            .filter(w -> w.get("id").asLong() == warningId)
                            .map(w -> w.get("status").asString()))
                    .containsExactly("RESOLVED");
            shot(page, "aftersales-warnings-resolved.png");

            // Returns: the request is listed
            page.navigate(url("/orders/returns?size=200"));
            assertThat(page.getByTestId("return-row-" + returnNo)).isVisible();
            assertThat(page.getByTestId("return-status-" + returnNo)).hasAttribute("data-status", "REQUESTED");
            shot(page, "aftersales-returns.png");
            assertThat(page.getByTestId("policy-card")).containsText("极速退款策略");
            // The policy form refuses an amount with three decimals (nothing is saved)
            page.getByTestId("policy-edit").click();
            input(page, "policy-max-amount-input").fill("12.345");
            input(page, "policy-max-amount-input").press("Tab");
            page.getByTestId("policy-save").click();
            assertThat(page.getByTestId("policy-form").locator(".el-form-item__error"))
                    .containsText("不超过两位小数");
            page.getByTestId("policy-cancel").click();
            assertThat(page.getByTestId("policy-view")).isVisible();

            // Refunds: the pending one with its failed check, paid after confirming
            page.navigate(url("/orders/returns?tab=refunds&status=PENDING&size=200"));
            var refundRow = page.getByTestId("refund-row-" + refundNo);
            assertThat(refundRow).hasAttribute("data-status", "PENDING");
            assertThat(page.getByTestId("refund-amount-" + refundNo)).hasText("¥49.90");
            page.locator("tr.el-table__row", new Page.LocatorOptions().setHas(refundRow))
                    .locator(".el-table__expand-icon")
                    .click();
            var checks = page.getByTestId("refund-checks-" + refundNo);
            assertThat(checks.locator("[data-rule='history']")).hasAttribute("data-passed", "false");
            assertThat(checks.locator("[data-rule='history']")).containsText("历史签收订单");
            assertThat(checks.locator("[data-rule='enabled']")).hasAttribute("data-passed", "true");
            shot(page, "aftersales-refunds.png");
            page.getByTestId("refund-pay-" + refundNo).click();
            var refundDialog = page.getByTestId("refund-dialog");
            assertThat(refundDialog).isVisible();
            assertThat(page.getByTestId("refund-dialog-amount")).hasText("¥49.90");
            page.locator("[data-testid='refund-note'] textarea, textarea[data-testid='refund-note']")
                    .first()
                    .fill("浏览器测试：核实属实");
            page.getByTestId("refund-confirm").click();
            assertThat(refundDialog).isHidden();
            assertThat(messageBox(page, refundNo)).isVisible();
            assertThat(page.getByTestId("refund-row-" + refundNo)).hasCount(0);
            page.navigate(url("/orders/returns?tab=refunds&size=200"));
            assertThat(page.getByTestId("refund-status-" + refundNo)).hasAttribute("data-status", "REFUNDED");
            assertThat(page.getByTestId("refund-status-" + refundNo)).hasText("已退款");
            assertThat(admin.get("/api/v1/orders/" + deliveredId + "/refunds")
                            .json()
                            .get(0)
                            .get("status")
                            .asString())
                    .isEqualTo("REFUNDED");
            shot(page, "aftersales-refunds-paid.png");

            // Metrics: KPI tiles and charts, reloaded for another range
            page.navigate(url("/orders/metrics"));
            assertThat(page.getByTestId("metric-returnRate")).isVisible();
            for (String k : List.of("returnRate", "disputeRate", "lateShipmentRate", "p50", "p90", "fastShare")) {
                assertThat(page.getByTestId("metric-" + k)).isVisible();
            }
            assertThat(page.getByTestId("metric-returnRate").locator(".kpi-value"))
                    .containsText("%");
            assertThat(page.getByTestId("metrics-daily-chart").locator("canvas"))
                    .not()
                    .hasCount(0);
            assertThat(page.getByTestId("metrics-reason-chart").locator("canvas"))
                    .not()
                    .hasCount(0);
            page.getByTestId("metric-info-returnRate").hover();
            assertThat(page.locator(".kpi-tip:visible")).containsText("已发货订单");
            shot(page, "aftersales-metrics.png");
            String weekAgo =
                    LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(6).toString();
            page.waitForResponse(r -> r.url().contains("/api/v1/orders/metrics") && r.status() == 200, () -> {
                page.locator("[data-testid='metrics-range'] input").first().click();
                page.locator(".el-picker-panel__shortcut:visible")
                        .filter(new Locator.FilterOptions().setHasText("近 7 天"))
                        .first()
                        .click();
            });
            page.waitForURL(Pattern.compile(".*[?&]from=" + weekAgo + ".*"));
            assertThat(page.getByTestId("metrics-period")).containsText(weekAgo);
            assertThat(page.getByTestId("metrics-daily-chart").locator("canvas"))
                    .not()
                    .hasCount(0);
            shot(page, "aftersales-metrics-7d.png");

            // English
            page.getByTestId("lang-switch").click();
            page.getByText("English", new Page.GetByTextOptions().setExact(true))
                    .last()
                    .click();
            assertThat(page.getByTestId("metric-returnRate")).containsText("Return rate");
            assertThat(page.getByTestId("menu-order-warnings")).containsText("Order warnings");
            shot(page, "aftersales-metrics-en.png");
            page.getByTestId("menu-order-warnings").click();
            page.waitForURL("**/orders/warnings");
            assertThat(page.getByTestId("board-card-STALLED")).containsText("Stalled parcel");
            shot(page, "aftersales-warnings-en.png");
            assertThat(problems).isEmpty();
        } finally {
            page.context().close();
        }
    }
}
