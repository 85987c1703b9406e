package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.storeops.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the console in real headless Chromium (Debian's {@code /usr/bin/chromium}, or {@code STOREOPS_CHROMIUM}).
 * Browser tests are skipped with a message when no Chromium is installed, except in CI ({@code CI=true}), where a
 * missing Chromium fails them: CI installs it, so there they always run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

    static final Path SCREENSHOTS = Paths.get(System.getProperty("storeops.test.build-dir", "target"), "screenshots");

    @LocalServerPort
    protected int port;

    protected Playwright playwright;
    protected Browser browser;

    @BeforeAll
    void launch() {
        Path chromium = Paths.get(System.getenv().getOrDefault("STOREOPS_CHROMIUM", "/usr/bin/chromium"));
        String missing = "no Chromium at " + chromium + " (apt-get install chromium, or set STOREOPS_CHROMIUM)";
        if (inCi(System.getenv("CI")) && !Files.isExecutable(chromium)) {
            throw new IllegalStateException("Browser tests must run in CI (CI=true), but there is " + missing);
        }
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Browser tests skipped: " + missing);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** Whether the build runs in CI, where skipping the browser tests would hide a broken console. */
    static boolean inCi(String ciVariable) {
        return ciVariable != null && (ciVariable.equalsIgnoreCase("true") || ciVariable.equals("1"));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh page in Chinese at 1440×900; native dialogs (alert, confirm) are dismissed and recorded. */
    Page newPage(List<String> dialogs) {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setViewportSize(1440, 900)
                .setAcceptDownloads(true));
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    /** Logs in as admin through the login page and waits for the console's top bar. */
    void logIn(Page page) {
        page.navigate(url("/"));
        page.waitForURL("**/login**");
        page.getByTestId("login-username").fill("admin");
        page.getByTestId("login-password").fill(IntegrationTest.ADMIN_PASSWORD);
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("current-user")).containsText("admin");
    }

    /** A logged-in page that records dialogs and uncaught script errors into {@code problems}. */
    Page loggedIn(List<String> problems) {
        Page page = newPage(problems);
        page.onPageError(problems::add);
        logIn(page);
        return page;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The native input of an Element Plus input, whether the test id sits on the input or on its wrapper. */
    static Locator input(Page page, String testId) {
        return page.locator("input[data-testid='" + testId + "'], [data-testid='" + testId + "'] input")
                .first();
    }

    static void shot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}
