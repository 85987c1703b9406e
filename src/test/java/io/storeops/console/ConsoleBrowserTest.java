package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drives the console in real headless Chromium (Debian's {@code /usr/bin/chromium}, or {@code STOREOPS_CHROMIUM}).
 * Skipped with a message when no Chromium is installed; CI installs it, so there these tests always run.
 */
@IntegrationTest
class ConsoleBrowserTest extends BrowserTestSupport {

    @Test
    void fixesAForbiddenWordInATmallListingAndPublishesIt() throws Exception {
        List<String> dialogs = new ArrayList<>();
        Page page = newPage(dialogs);
        logIn(page);

        page.getByTestId("product-search").fill("南山织造新疆长绒棉四件套");
        page.getByTestId("product-search").press("Enter");
        page.getByTestId("product-link-HOM-BED-001").click();
        page.waitForURL("**/products/*");
        assertThat(page.getByTestId("listing-card-TMALL")).isVisible();
        page.getByTestId("open-listing-TMALL").click();
        page.waitForURL("**/listings/*");

        var violation = page.getByTestId("violation-FORBIDDEN_WORD");
        assertThat(violation).isVisible();
        assertThat(violation).containsText("标题含违禁词：顶级");
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("listing-with-violation.png"))
                .setFullPage(true));

        var title =
                page.getByTestId("listing-title").locator("input").or(page.locator("input[data-testid=listing-title]"));
        String current = title.first().inputValue();
        assertThat(current).startsWith("顶级");
        title.first().fill(current.replace("顶级", ""));
        page.getByTestId("listing-save").click();
        assertThat(page.getByTestId("violation-FORBIDDEN_WORD")).hasCount(0);

        page.getByTestId("transition-READY").click();
        assertThat(page.getByTestId("listing-status")).containsText("READY");
        page.getByTestId("transition-LISTED").click();
        assertThat(page.getByTestId("listing-status")).containsText("LISTED");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("listing-published.png"))
                .setFullPage(true));

        var stored = ApiClient.admin(port)
                .get("/api/v1/products?q=HOM-BED-001")
                .json()
                .get("items")
                .get(0)
                .get("listings");
        assertThat(stored.toString()).contains("\"channel\":\"TMALL\",\"status\":\"LISTED\"");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void switchesTheConsoleToEnglishAndRemembersIt() throws Exception {
        Page page = newPage(new ArrayList<>());
        logIn(page);
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("商品")))
                .isVisible();
        page.getByTestId("lang-switch").click();
        page.getByText("English", new Page.GetByTextOptions().setExact(true))
                .last()
                .click();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Products")))
                .isVisible();
        page.reload();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Products")))
                .isVisible();
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("products-english.png")));
    }

    @Test
    void neverRunsScriptsFromAProductDescription() throws Exception {
        var admin = ApiClient.admin(port);
        Map<String, Object> body = CatalogFixtures.product(admin, "测试家纺 浏览器XSS检查");
        body.put(
                "descriptionHtml",
                "<p>说明</p><img src=\"https://invalid.example/x.png\" onerror=\"alert('xss')\"><script>alert('xss2')</script>");
        var created = admin.post("/api/v1/products", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        List<String> dialogs = new ArrayList<>();
        Page page = newPage(dialogs);
        logIn(page);
        Files.createDirectories(SCREENSHOTS);
        page.navigate("http://localhost:" + port + "/products/" + id);
        page.waitForURL("**/products/" + id);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("product-xss-check.png"))
                .setFullPage(true));
        var preview = page.getByTestId("description-preview");
        assertThat(preview).containsText("说明");
        assertThat(page.locator("[onerror]")).hasCount(0);
        assertThat(preview.locator("script")).hasCount(0);
        assertThat(preview.locator("img")).hasCount(1);
        page.waitForFunction(
                "() => [...document.querySelectorAll('[data-testid=description-preview] img')].every(i => i.complete)");
        assertThat(dialogs).isEmpty();
    }
}
