package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Safety stock and low-stock alerts in real headless Chromium: a fixed safety stock set in the SKU drawer raises an
 * alert, which the alerts page lists, acknowledges and — once stock recovers — shows as resolved; a computed policy
 * without a lead time is refused with the field error under the lead time. Skipped with a message when no Chromium
 * is installed.
 */
@IntegrationTest
class StockAlertsBrowserTest extends BrowserTestSupport {

    /** Only this test touches the stock and safety stock of this demo SKU. */
    static final String SKU = "HOM-BED-001-21";

    static void shot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    int availableByApi(ApiClient admin) {
        var response = admin.get("/api/v1/stock/" + SKU);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("availableToSell").get("available").asInt();
    }

    /** The id of the SKU's open alert, as the API reports it. */
    long openAlertId(ApiClient admin) {
        var response = admin.get("/api/v1/stock/alerts?open=true&sku=" + SKU);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode items = response.json().get("items");
        assertThat(items.size()).as("open alerts of " + SKU).isEqualTo(1);
        return items.get(0).get("id").asLong();
    }

    @Test
    void safetyStockRaisesAnAlertThatIsAcknowledgedAndResolvesWhenStockRecovers() throws Exception {
        var admin = ApiClient.admin(port);
        int available = availableByApi(admin);
        int threshold = available + 1;

        List<String> dialogs = new ArrayList<>();
        Page page = newPage(dialogs);
        logIn(page);
        page.navigate("http://localhost:" + port + "/stock?sku=" + SKU);
        var drawer = page.getByTestId("stock-drawer");
        assertThat(drawer).isVisible();
        assertThat(page.getByTestId("stock-total-available")).hasText(String.valueOf(available));
        var safety = page.getByTestId("safety-stock");
        assertThat(safety).isVisible();
        assertThat(page.getByTestId("safety-save")).isVisible();

        // COMPUTED without a lead time: the server's 400 shows under the lead time, nothing is saved
        page.getByTestId("safety-mode-COMPUTED").click();
        input(page, "safety-lead-time").fill("");
        input(page, "safety-lead-time").press("Tab");
        input(page, "safety-factor").fill("1.65");
        input(page, "safety-factor").press("Tab");
        assertThat(page.getByTestId("safety-formula")).containsText("√L");
        page.getByTestId("safety-save").click();
        var leadTimeError = page.getByTestId("safety-field-leadTimeDays").locator(".el-form-item__error");
        assertThat(leadTimeError).isVisible();
        assertThat(leadTimeError).containsText("缺少");
        shot(page, "safety-stock-error.png");

        // FIXED just above the current total available: the drawer shows the threshold and "below safety stock"
        page.getByTestId("safety-mode-FIXED").click();
        input(page, "safety-fixed").fill(String.valueOf(threshold));
        input(page, "safety-fixed").press("Tab");
        page.getByTestId("safety-save").click();
        assertThat(page.getByTestId("safety-threshold")).hasText(String.valueOf(threshold));
        assertThat(page.getByTestId("safety-below")).isVisible();
        assertThat(page.getByTestId("drawer-alerts")).isVisible();
        var setting = admin.get("/api/v1/stock/" + SKU + "/safety-stock").json();
        assertThat(setting.get("policy").get("mode").asString()).isEqualTo("FIXED");
        assertThat(setting.get("threshold").asInt()).isEqualTo(threshold);
        long alertId = openAlertId(admin);
        assertThat(page.getByTestId("drawer-alert-" + alertId)).isVisible();
        shot(page, "safety-stock-drawer.png");

        // The alerts page lists the open alert; acknowledging it records admin
        page.keyboard().press("Escape");
        assertThat(drawer).isHidden();
        assertThat(page.getByTestId("alerts-count")).isVisible();
        page.getByTestId("menu-stock-alerts").click();
        page.waitForURL("**/stock/alerts**");
        assertThat(page.getByTestId("alerts-table")).isVisible();
        input(page, "alerts-search").fill(SKU);
        input(page, "alerts-search").press("Enter");
        page.waitForURL(Pattern.compile(".*[?&]sku=" + SKU + ".*"));
        assertThat(page.getByTestId("alert-sku-" + alertId)).hasText(SKU);
        assertThat(page.getByTestId("alert-status-" + alertId)).hasAttribute("data-status", "open");
        assertThat(page.getByTestId("alert-threshold-" + alertId)).isVisible();
        page.getByTestId("alert-ack-" + alertId).click();
        assertThat(page.getByTestId("alert-acked-" + alertId)).containsText("admin");
        assertThat(page.getByTestId("alert-ack-" + alertId)).isHidden();
        shot(page, "stock-alerts.png");

        // Stock recovers through the API: with "open only" off the alert shows as resolved after a reload
        var recovered = admin.post(
                "/api/v1/stock/movements",
                Map.of(
                        "movements",
                        List.of(Map.of(
                                "type",
                                "INBOUND",
                                "skuCode",
                                SKU,
                                "warehouse",
                                "SH-01",
                                "quantity",
                                threshold + 10,
                                "reason",
                                "浏览器测试 补货",
                                "referenceType",
                                "purchase-order",
                                "referenceId",
                                "PO-ALERT-21"))));
        assertThat(recovered.status()).as(recovered.body()).isEqualTo(200);
        assertThat(availableByApi(admin)).isGreaterThanOrEqualTo(threshold);
        page.reload();
        assertThat(page.getByTestId("alerts-table")).isVisible();
        assertThat(page.getByTestId("alert-sku-" + alertId)).isHidden();
        page.getByTestId("alerts-open-only").click();
        page.waitForURL(Pattern.compile(".*[?&]open=false.*"));
        page.reload();
        assertThat(page.getByTestId("alert-status-" + alertId)).hasAttribute("data-status", "resolved");
        assertThat(page.getByTestId("alert-resolved-" + alertId)).not().isEmpty();
        assertThat(page.getByTestId("alert-acked-" + alertId)).containsText("admin");
        shot(page, "stock-alerts-resolved.png");

        // The SKU link opens the drawer, which is no longer below its safety stock
        page.getByTestId("alert-sku-" + alertId).click();
        page.waitForURL(Pattern.compile(".*/stock\\?.*sku=" + SKU + ".*"));
        assertThat(drawer).isVisible();
        assertThat(page.getByTestId("safety-threshold")).hasText(String.valueOf(threshold));
        assertThat(page.getByTestId("safety-ok")).isVisible();
        assertThat(page.getByTestId("drawer-no-alerts")).isVisible();
        assertThat(dialogs).isEmpty();
    }
}
