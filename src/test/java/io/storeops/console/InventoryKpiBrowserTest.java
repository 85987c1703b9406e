package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The inventory KPI page in real headless Chromium: the totals cards agree with the API, the category grouping,
 * server-side sorting kept in the URL, the CSV export and the English labels. Skipped with a message when no Chromium
 * is installed.
 */
@IntegrationTest
class InventoryKpiBrowserTest extends BrowserTestSupport {

    static final List<String> MEASURES = List.of(
            "unitsSold",
            "averageOnHand",
            "turnoverDays",
            "sellThrough",
            "stockAgeDays",
            "capitalTiedUp",
            "stockOutRate");

    /** `¥12,345.60`, as the console formats CNY. */
    static String yuan(BigDecimal amount) {
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + format.format(amount);
    }

    @Test
    void showsTheTotalsGroupsSortsExportsAndSwitchesLanguage() throws Exception {
        var response = ApiClient.admin(port).get("/api/v1/stock/kpis");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode totals = response.json().get("totals");
        String capital = yuan(totals.get("capitalTiedUp").decimalValue());

        List<String> dialogs = new ArrayList<>();
        Page page = newPage(dialogs);
        logIn(page);
        page.getByTestId("menu-stock-kpis").click();
        page.waitForURL("**/stock/kpis**");

        for (String measure : MEASURES) {
            assertThat(page.getByTestId("kpi-total-" + measure)).isVisible();
        }
        assertThat(page.getByTestId("kpi-total-capitalTiedUp").locator(".kpi-value"))
                .hasText(capital);
        assertThat(page.getByTestId("kpi-total-unitsSold").locator(".kpi-value"))
                .not()
                .isEmpty();
        assertThat(page.getByTestId("kpi-chart").locator("canvas").first()).isVisible();
        assertThat(page.getByTestId("kpi-table").locator(".el-table__body tr").first())
                .isVisible();

        // The definition of a KPI as a tooltip
        page.getByTestId("kpi-info-turnoverDays").hover();
        assertThat(page.locator(".kpi-tip:visible")).containsText("平均库存");
        shot(page, "kpis-sku.png");

        // Per category
        page.getByTestId("kpi-group")
                .getByText("类目", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*[?&]groupBy=category.*"));
        assertThat(page.getByTestId("kpi-table")).containsText("床上用品");
        assertThat(page.getByTestId("kpi-row-home-bedding")).isVisible();
        assertThat(page.getByTestId("kpi-total-capitalTiedUp").locator(".kpi-value"))
                .hasText(capital);

        // Sorted on the server, the sort kept in the URL
        page.getByTestId("kpi-table")
                .locator("th")
                .filter(new Locator.FilterOptions().setHasText("资金占用"))
                .first()
                .click();
        page.waitForURL(Pattern.compile(".*[?&]sort=capitalTiedUp(%2C|,)asc.*"));
        shot(page, "kpis-category.png");

        // Export of the table as shown: UTF-8 with a BOM, Chinese intact
        Download download =
                page.waitForDownload(() -> page.getByTestId("kpi-export").click());
        byte[] csv = Files.readAllBytes(download.path());
        assertThat(csv.length).isGreaterThan(3);
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("床上用品").contains("资金占用 (¥)").contains("home-bedding");

        // English
        page.getByTestId("lang-switch").click();
        page.getByText("English", new Page.GetByTextOptions().setExact(true))
                .last()
                .click();
        assertThat(page.getByTestId("kpi-table")
                        .locator("th")
                        .filter(new Locator.FilterOptions().setHasText("Capital tied up")))
                .hasCount(1);
        assertThat(page.getByTestId("kpi-table")).containsText("Category code");
        assertThat(page.getByTestId("menu-stock-kpis")).containsText("Inventory KPIs");
        shot(page, "kpis-english.png");
        assertThat(dialogs).isEmpty();
    }
}
