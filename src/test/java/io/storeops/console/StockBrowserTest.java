package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The inventory pages in real headless Chromium: a stock movement through the dialog lands in the drawer, the table
 * and the ledger; a movement the stock does not allow is refused with its 422 shown and nothing changed. Skipped with
 * a message when no Chromium is installed.
 */
@IntegrationTest
class StockBrowserTest extends BrowserTestSupport {

    /** Only this test touches the stock of this demo SKU. */
    static final String SKU = "HOM-BED-001-11";

    /** Opens an Element Plus select and picks the visible option containing the text. */
    static void choose(Page page, String testId, String optionText) {
        page.getByTestId(testId).click();
        page.locator(".el-select-dropdown__item:visible")
                .filter(new Locator.FilterOptions().setHasText(optionText))
                .first()
                .click();
    }

    static void shot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    /** On hand of the SKU per warehouse, as the API reports it. */
    Map<String, Integer> onHandByApi(ApiClient admin) {
        var response = admin.get("/api/v1/stock/" + SKU);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (JsonNode level : response.json().get("warehouses")) {
            out.put(level.get("warehouse").asString(), level.get("onHand").asInt());
        }
        return out;
    }

    @Test
    void recordsAnInboundThroughTheDialogAndRefusesAnOutboundBeyondStock() throws Exception {
        var admin = ApiClient.admin(port);
        Map<String, Integer> before = onHandByApi(admin);
        assertThat(before).as("demo stock of " + SKU).isNotEmpty();
        String warehouse = before.containsKey("SH-01")
                ? "SH-01"
                : before.keySet().iterator().next();

        List<String> dialogs = new ArrayList<>();
        Page page = newPage(dialogs);
        logIn(page);
        page.getByTestId("menu-stock").click();
        page.waitForURL("**/stock**");
        assertThat(page.getByTestId("stock-table")).isVisible();

        input(page, "stock-search").fill(SKU);
        input(page, "stock-search").press("Enter");
        page.waitForURL(Pattern.compile(".*[?&]q=" + SKU + ".*"));
        assertThat(page.getByTestId("stock-total")).containsText(String.valueOf(before.size()));
        assertThat(page.getByTestId("stock-onhand-" + SKU + "-" + warehouse))
                .hasText(String.valueOf(before.get(warehouse)));
        shot(page, "stock-list.png");

        page.getByTestId("stock-sku-" + SKU).first().click();
        var drawer = page.getByTestId("stock-drawer");
        assertThat(drawer).isVisible();
        page.waitForURL(Pattern.compile(".*[?&]sku=" + SKU + ".*"));
        for (var level : before.entrySet()) {
            assertThat(page.getByTestId("level-onhand-" + level.getKey())).hasText(String.valueOf(level.getValue()));
        }
        assertThat(page.getByTestId("stock-ats")).containsText("TMALL");
        assertThat(page.getByTestId("stock-ledger")).isVisible();
        int onHand = Integer.parseInt(
                page.getByTestId("level-onhand-" + warehouse).innerText().trim());
        assertThat(onHand).isEqualTo(before.get(warehouse));

        // INBOUND of 7 through the movement dialog
        page.getByTestId("drawer-move").click();
        var dialog = page.getByTestId("move-dialog");
        assertThat(dialog).isVisible();
        choose(page, "move-type", "(INBOUND)");
        input(page, "move-sku").fill(SKU);
        choose(page, "move-warehouse", "(" + warehouse + ")");
        input(page, "move-quantity").fill("7");
        input(page, "move-quantity").press("Tab");
        input(page, "move-reason").fill("浏览器测试 入库");
        input(page, "move-reference").fill("PO-BROWSER-7");
        assertThat(page.getByTestId("move-current")).containsText(String.valueOf(onHand));
        shot(page, "stock-move-dialog.png");
        page.getByTestId("move-submit").click();
        assertThat(dialog).isHidden();

        assertThat(page.getByTestId("level-onhand-" + warehouse)).hasText(String.valueOf(onHand + 7));
        assertThat(page.getByTestId("stock-onhand-" + SKU + "-" + warehouse)).hasText(String.valueOf(onHand + 7));
        var firstLedgerRow =
                page.getByTestId("stock-ledger").locator(".el-table__body tr").first();
        assertThat(firstLedgerRow.locator("[data-movement]")).hasAttribute("data-movement", "INBOUND");
        assertThat(firstLedgerRow.locator(".ledger-onhand-delta")).hasText("+7");
        assertThat(firstLedgerRow.locator(".ledger-actor")).hasText("admin");
        assertThat(firstLedgerRow).containsText("PO-BROWSER-7");
        assertThat(firstLedgerRow).containsText(warehouse);
        assertThat(onHandByApi(admin).get(warehouse)).isEqualTo(onHand + 7);
        shot(page, "stock-drawer.png");

        // OUTBOUND beyond the stock: refused with 422, nothing changes
        page.getByTestId("drawer-move").click();
        assertThat(dialog).isVisible();
        choose(page, "move-type", "(OUTBOUND)");
        choose(page, "move-warehouse", "(" + warehouse + ")");
        input(page, "move-quantity").fill("999999");
        input(page, "move-quantity").press("Tab");
        input(page, "move-reason").fill("浏览器测试 超量出库");
        page.getByTestId("move-submit").click();
        var error = page.getByTestId("move-error");
        assertThat(error).isVisible();
        assertThat(error).containsText("库存不足");
        assertThat(page.getByTestId("move-violations")).containsText("999999");
        assertThat(page.getByTestId("move-violations")).containsText(warehouse);
        assertThat(dialog).isVisible();
        shot(page, "stock-move-refused.png");
        dialog.getByText("取消", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(dialog).isHidden();

        assertThat(page.getByTestId("level-onhand-" + warehouse)).hasText(String.valueOf(onHand + 7));
        assertThat(onHandByApi(admin).get(warehouse)).isEqualTo(onHand + 7);
        var ledger = admin.get("/api/v1/stock/" + SKU + "/ledger?size=1").json();
        assertThat(ledger.get("items").get(0).get("movement").asString()).isEqualTo("INBOUND");
        assertThat(ledger.get("items").get(0).get("onHandDelta").asInt()).isEqualTo(7);

        // The warehouses page lists the demo warehouses and the ledger still agrees with the stock
        page.keyboard().press("Escape");
        assertThat(drawer).isHidden();
        page.getByTestId("menu-warehouses").click();
        page.waitForURL("**/warehouses");
        for (String code : List.of("SH-01", "GZ-01", "BJ-01")) {
            assertThat(page.getByTestId("warehouse-row-" + code)).isVisible();
        }
        assertThat(page.getByTestId("allocation-TMALL")).isVisible();
        page.getByTestId("ledger-check").click();
        assertThat(page.getByTestId("ledger-check-result"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        shot(page, "warehouses.png");
        assertThat(page.getByTestId("ledger-consistent")).isVisible();
        assertThat(dialogs).isEmpty();
    }
}
