package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Imports a file through the console and opens every page, in real headless Chromium (skipped without one). */
@IntegrationTest
class ConsoleImportAndPagesBrowserTest extends BrowserTestSupport {

    @Test
    void importsAFileShowingEveryBadRowFirstThenTheGoodFile() throws Exception {
        var admin = ApiClient.admin(port);
        String header = admin.get("/api/v1/catalog/import-template?format=csv")
                .body()
                .lines()
                .findFirst()
                .orElseThrow();
        String spu = ApiClient.unique("BR-");
        String good1 = row(spu, spu + "-1", CatalogFixtures.barcode(), "25.00");
        String good2 = row(spu, spu + "-2", CatalogFixtures.barcode(), "26.00");
        String bad = row(spu, spu + "-3", CatalogFixtures.barcode(), "not-a-price");
        Path dir = Files.createTempDirectory("import");
        Path badFile = Files.writeString(
                dir.resolve("bad.csv"), String.join("\n", header, good1, good2, bad), StandardCharsets.UTF_8);
        Path goodFile = Files.writeString(
                dir.resolve("good.csv"), String.join("\n", header, good1, good2), StandardCharsets.UTF_8);

        List<String> errors = new ArrayList<>();
        Page page = loggedIn(errors);
        page.navigate("http://localhost:" + port + "/import");
        page.getByTestId("import-upload").locator("input[type=file]").setInputFiles(badFile);
        assertThat(page.getByTestId("import-status")).containsText("FAILED");
        var errorTable = page.getByTestId("import-errors");
        assertThat(errorTable.locator("tbody tr")).hasCount(1);
        assertThat(errorTable.locator("tbody tr").first()).containsText("4");
        assertThat(errorTable.locator("tbody tr").first()).containsText("cost");
        assertThat(page.getByTestId("import-errors-download")).isVisible();
        assertThat(ApiClient.admin(port)
                        .get("/api/v1/products?q=" + spu)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        page.getByTestId("import-upload").locator("input[type=file]").setInputFiles(goodFile);
        assertThat(page.getByTestId("import-status")).containsText("COMPLETED");
        assertThat(page.getByTestId("import-counts")).containsText("2");
        assertThat(ApiClient.admin(port)
                        .get("/api/v1/products?q=" + spu)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        var history = page.getByTestId("import-history").locator("tbody tr");
        assertThat(history.first()).containsText("good.csv");
        assertThat(history.first()).containsText("admin");
        assertThat(history.nth(1)).containsText("bad.csv");
        history.nth(1).getByText("查看").click();
        assertThat(page.getByTestId("import-status")).containsText("FAILED");
        assertThat(page.getByTestId("import-errors").locator("tbody tr")).hasCount(1);
        assertThat(errors).isEmpty();
    }

    @Test
    void listingsSortThroughTheUrlAndExportWithTheCurrentFilters() throws Exception {
        List<String> errors = new ArrayList<>();
        Page page = loggedIn(errors);
        page.navigate("http://localhost:" + port + "/listings?channel=TMALL");
        page.getByTestId("listing-table")
                .locator("th")
                .filter(new Locator.FilterOptions().setHasText("完整度"))
                .click();
        page.waitForURL(Pattern.compile(".*sort=score(%2C|,)asc.*"));

        Download download = page.waitForDownload(
                () -> page.getByTestId("listing-export-csv").click());

        assertThat(download.url()).contains("channel=TMALL").containsPattern("sort=score(%2C|,)asc");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF渠道 channel,");
        assertThat(csv.lines().skip(1)).isNotEmpty().allMatch(line -> line.startsWith("TMALL,"));

        page.navigate("http://localhost:" + port + "/audit?action=CREATE");
        Download audit =
                page.waitForDownload(() -> page.getByTestId("audit-export").click());
        assertThat(audit.url()).contains("action=CREATE");
        assertThat(Files.readString(audit.path(), StandardCharsets.UTF_8)).startsWith("\uFEFF时间 time,");
        assertThat(errors).isEmpty();
    }

    @Test
    void editsTheRequiredAttributesOfACategory() {
        var admin = ApiClient.admin(port);
        String code = ApiClient.unique("cat-").toLowerCase();
        var created = admin.post(
                "/api/v1/categories", Map.of("code", code, "nameZh", "浏览器测试类目", "nameEn", "Browser test category"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        List<String> errors = new ArrayList<>();
        Page page = loggedIn(errors);
        page.navigate("http://localhost:" + port + "/channels");
        var input = page.getByTestId("category-attr-input-" + code);
        input.fill("面料成分");
        input.press("Enter");
        assertThat(page.getByTestId("category-attr-" + code + "-面料成分")).isVisible();
        page.getByTestId("category-save-" + code).click();
        assertThat(page.getByText("类目必填属性已保存")).isVisible();
        assertThat(page.getByTestId("category-save-" + code)).isDisabled();
        var stored = admin.get("/api/v1/categories").body();
        assertThat(stored).contains("\"code\":\"" + code + "\"", "面料成分");
        assertThat(errors).isEmpty();
    }

    @Test
    void everyPageOpensWithoutScriptErrors() {
        List<String> errors = new ArrayList<>();
        Page page = loggedIn(errors);
        for (String path :
                List.of("/products", "/products/new", "/listings", "/channels", "/import", "/users", "/audit")) {
            page.navigate("http://localhost:" + port + path);
            assertThat(page.getByTestId("main-menu")).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }
        page.navigate("http://localhost:" + port + "/no/such/page");
        assertThat(page.getByTestId("not-found")).isVisible();
        assertThat(errors).isEmpty();
    }

    private static String row(String spu, String sku, String barcode, String cost) {
        return String.join(
                ",",
                spu,
                "浏览器导入测试 纯棉四件套",
                "home-bedding",
                "测试家纺",
                "https://img.example.com/1.jpg",
                "材质=全棉;支数=60支",
                "<p>浏览器导入测试</p>",
                sku,
                barcode,
                "颜色=白色",
                cost,
                "99.00");
    }
}
