package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The stock import page in real headless Chromium: a stock count uploaded as CSV sets on hand and shows its rows and
 * movements; a receipt file with bad rows is refused with a filterable, exportable table of row/column errors, and the
 * stock is left as it was. Skipped with a message when no Chromium is installed.
 */
@IntegrationTest
class StockImportBrowserTest extends BrowserTestSupport {

    @TempDir
    Path files;

    static int onHand(ApiClient admin, String sku, String warehouse) {
        var response = admin.get("/api/v1/stock/" + sku);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode level : response.json().get("warehouses")) {
            if (level.get("warehouse").asString().equals(warehouse)) {
                return level.get("onHand").asInt();
            }
        }
        return 0;
    }

    /** Picks the mode, drops the file on the upload area and confirms the import. */
    static void importFile(Page page, String mode, Path file) {
        page.getByTestId("stock-import-mode-" + mode).click();
        assertThat(page.getByTestId("stock-import-mode-" + mode)).hasAttribute("aria-checked", "true");
        page.locator("[data-testid='stock-import-upload'] input[type=file]").setInputFiles(file);
        assertThat(page.getByTestId("stock-import-file"))
                .containsText(file.getFileName().toString());
        page.getByTestId("stock-import-start").click();
        var box = page.locator(".el-message-box");
        assertThat(box).isVisible();
        assertThat(box).containsText(file.getFileName().toString());
        box.locator(".el-message-box__btns .el-button--primary").click();
        assertThat(box).isHidden();
    }

    @Test
    void importsAStockCountAndRefusesABadReceiptWithItsRowErrors() throws Exception {
        var admin = ApiClient.admin(port);
        JsonNode skus = CatalogFixtures.create(admin, "测试家纺 浏览器库存导入").get("skus");
        String a = skus.get(0).get("skuCode").asString();
        String b = skus.get(1).get("skuCode").asString();
        var inbound = admin.post(
                "/api/v1/stock/movements",
                Map.of(
                        "movements",
                        List.of(Map.of(
                                "type",
                                "INBOUND",
                                "skuCode",
                                a,
                                "warehouse",
                                "SH-01",
                                "quantity",
                                50,
                                "reason",
                                "浏览器测试 导入前入库"))));
        assertThat(inbound.status()).as(inbound.body()).isEqualTo(200);
        assertThat(onHand(admin, a, "SH-01")).isEqualTo(50);

        List<String> problems = new ArrayList<>();
        Page page = loggedIn(problems);
        page.getByTestId("menu-stock-import").click();
        page.waitForURL("**/stock/import");
        assertThat(page.getByTestId("stock-import-start")).isDisabled();
        assertThat(page.getByTestId("stock-import-mode-COUNT")).containsText("盘点");
        assertThat(page.getByTestId("stock-import-mode-RECEIPT")).containsText("收货");

        // A stock count: a from 50 to 47 (−3), b from 0 to 12 (+12)
        Path count = files.resolve("盘点-browser.csv");
        Files.writeString(
                count,
                "\uFEFFSKU编码 sku_code,仓库 warehouse,数量 quantity\n" + a + ",SH-01,47\n" + b + ",GZ-01,12\n",
                StandardCharsets.UTF_8);
        importFile(page, "COUNT", count);
        var result = page.getByTestId("stock-import-result");
        assertThat(result).isVisible();
        assertThat(result).containsText("导入成功");
        assertThat(page.getByTestId("stock-import-rows")).hasText("2");
        assertThat(page.getByTestId("stock-import-movements")).hasText("2");
        assertThat(page.getByTestId("stock-import-result-mode")).hasAttribute("data-mode", "COUNT");
        assertThat(page.getByTestId("stock-import-file")).hasCount(0);
        assertThat(onHand(admin, a, "SH-01")).isEqualTo(47);
        assertThat(onHand(admin, b, "GZ-01")).isEqualTo(12);
        shot(page, "stock-import-done.png");

        // A receipt with bad rows: refused as a whole, every error listed, nothing written
        Path bad = files.resolve("receipt-bad.csv");
        Files.writeString(
                bad,
                "sku_code,warehouse,quantity\n"
                        + a + ",SH-01,5\n"
                        + "NO-SUCH-SKU,SH-01,5\n"
                        + a + ",MOON-1,5\n"
                        + b + ",GZ-01,0\n",
                StandardCharsets.UTF_8);
        importFile(page, "RECEIPT", bad);
        var rejected = page.getByTestId("stock-import-rejected");
        assertThat(rejected).isVisible();
        assertThat(rejected).containsText("未导入任何数据");
        assertThat(rejected).containsText("3 处错误");
        var errors = page.getByTestId("stock-import-errors");
        assertThat(errors.locator(".el-table__body tr")).hasCount(3);
        assertThat(errors).containsText("SKU NO-SUCH-SKU 不存在");
        assertThat(errors).containsText("MOON-1");
        assertThat(errors).containsText("须为正整数");
        assertThat(page.getByTestId("stock-import-errors-count")).hasText("显示 3 / 3 条");
        shot(page, "stock-import-rejected.png");

        // Filter by column, then by text
        page.getByTestId("stock-import-filter-column").click();
        page.locator(".el-select-dropdown__item:visible")
                .filter(new Locator.FilterOptions().setHasText("(warehouse)"))
                .first()
                .click();
        assertThat(errors.locator(".el-table__body tr")).hasCount(1);
        assertThat(errors.locator(".el-table__body tr").first()).containsText("4");
        assertThat(page.getByTestId("stock-import-errors-count")).hasText("显示 1 / 3 条");
        page.getByTestId("stock-import-filter-column")
                .locator(".el-select__wrapper")
                .hover();
        page.getByTestId("stock-import-filter-column")
                .locator(".el-select__clear")
                .click();
        assertThat(page.getByTestId("stock-import-errors-count")).hasText("显示 3 / 3 条");
        input(page, "stock-import-filter-text").fill("NO-SUCH");
        assertThat(errors.locator(".el-table__body tr")).hasCount(1);
        input(page, "stock-import-filter-text").fill("");
        assertThat(errors.locator(".el-table__body tr")).hasCount(3);

        // Export the errors as CSV
        var download = page.waitForDownload(
                () -> page.getByTestId("stock-import-errors-export").click());
        assertThat(download.suggestedFilename()).isEqualTo("receipt-bad-errors.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF行号,列,错误信息");
        assertThat(csv).contains("3,sku_code,", "4,warehouse,", "5,quantity,", "MOON-1");

        assertThat(onHand(admin, a, "SH-01")).isEqualTo(47);
        assertThat(onHand(admin, b, "GZ-01")).isEqualTo(12);
        assertThat(page.getByTestId("stock-import-history").locator(".el-table__body tr"))
                .hasCount(2);

        // The template downloads from the server
        var template = page.waitForDownload(
                () -> page.getByTestId("stock-import-template").click());
        assertThat(template.suggestedFilename()).isEqualTo("stock-import-template.csv");
        assertThat(Files.readString(template.path(), StandardCharsets.UTF_8)).contains("sku_code", "warehouse");

        page.getByTestId("stock-import-goto-stock").click();
        page.waitForURL("**/stock");
        assertThat(problems).isEmpty();
    }
}
