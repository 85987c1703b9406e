package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The channel connection settings page in real headless Chromium: TMALL, configured by the environment (test profile,
 * shop {@code sim-sync}), is listed read-only with its environment variables and tests OK; DOUYIN is connected from the
 * console to the simulated shop {@code sim-console} (field errors shown under their inputs, the secret never shown),
 * tested and disconnected again. Skipped with a message when no Chromium is installed.
 */
@IntegrationTest
class ChannelSettingsBrowserTest extends BrowserTestSupport {

    /** Only this test connects this channel from the console, and it leaves it disconnected. */
    static final String CHANNEL = "DOUYIN";

    static Locator messageBoxButton(Page page, String text) {
        return page.locator(".el-message-box__btns button")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
    }

    /** The field error under an input (Element Plus briefly keeps the old one while it transitions out). */
    static Locator fieldError(Locator dialog, String text) {
        return dialog.locator(".el-form-item__error")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
    }

    @Test
    void showsEnvironmentConnectionsReadOnlyAndConnectsTestsAndDisconnectsAConsoleOne() throws Exception {
        var admin = ApiClient.admin(port);
        List<String> problems = new ArrayList<>();
        Page page = loggedIn(problems);
        try {
            page.getByTestId("menu-channel-settings").click();
            page.waitForURL("**/channels/settings");

            // TMALL comes from the environment: read-only, with the variables to change instead
            var tmall = page.getByTestId("connection-row-TMALL");
            assertThat(tmall).hasAttribute("data-source", "ENVIRONMENT");
            assertThat(page.getByTestId("connection-source-TMALL")).hasText("环境配置");
            assertThat(page.getByTestId("connection-shop-TMALL")).hasText("sim-sync");
            assertThat(page.getByTestId("connection-appkey-TMALL")).hasText("sim-sync-app");
            assertThat(page.getByTestId("connection-secret-TMALL")).hasText("••••cret");
            assertThat(page.getByTestId("connection-connected-TMALL")).hasAttribute("data-connected", "true");
            assertThat(page.getByTestId("connection-edit-TMALL")).hasCount(0);
            assertThat(page.getByTestId("connection-disconnect-TMALL")).hasCount(0);
            assertThat(page.getByTestId("connection-row-WEBSHOP")).hasAttribute("data-source", "ENVIRONMENT");
            assertThat(page.getByTestId("connection-row-" + CHANNEL)).hasAttribute("data-source", "NONE");
            assertThat(page.getByTestId("channel-settings-encryption-off")).hasCount(0);
            page.getByTestId("connection-readonly-TMALL").click();
            var env = page.getByTestId("connection-env-TMALL");
            assertThat(env).isVisible();
            assertThat(env).containsText("STOREOPS_MARKETPLACE_TMALL_DEMO_SECRET");
            assertThat(env).containsText("STOREOPS_TMALL_URL");
            page.keyboard().press("Escape");
            page.locator("h2").click();
            assertThat(env).isHidden();

            page.getByTestId("connection-test-TMALL").click();
            assertThat(page.getByTestId("connection-test-result-TMALL"))
                    .hasAttribute("data-ok", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
            assertThat(page.getByTestId("connection-test-result-TMALL")).containsText("连接正常");
            shot(page, "channel-settings.png");

            // DOUYIN is connected from the console
            page.getByTestId("connection-edit-" + CHANNEL).click();
            var dialog = page.getByTestId("connection-dialog");
            assertThat(dialog).isVisible();
            input(page, "connection-shop").fill("bad shop!");
            input(page, "connection-app-key").fill("sim-console-app");
            input(page, "connection-app-secret").fill("short");
            page.getByTestId("connection-submit").click();
            assertThat(fieldError(dialog, "至少 8 个字符")).isVisible();
            input(page, "connection-app-secret").fill("test-only-console-secret");
            page.getByTestId("connection-submit").click();
            // The server's field error lands under the shop input
            assertThat(fieldError(dialog, "字母、数字")).isVisible();
            assertThat(dialog).isVisible();
            shot(page, "channel-settings-dialog.png");
            input(page, "connection-shop").fill("sim-console");
            page.getByTestId("connection-submit").click();
            assertThat(dialog).isHidden();
            var row = page.getByTestId("connection-row-" + CHANNEL);
            assertThat(row).hasAttribute("data-source", "CONSOLE");
            assertThat(page.getByTestId("connection-secret-" + CHANNEL)).hasText("••••cret");
            assertThat(page.locator("body")).not().containsText("test-only-console-secret");
            assertThat(page.getByTestId("connection-connected-" + CHANNEL))
                    .hasAttribute(
                            "data-connected", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
            page.getByTestId("connection-test-" + CHANNEL).click();
            assertThat(page.getByTestId("connection-test-result-" + CHANNEL))
                    .hasAttribute("data-ok", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));

            // Editing with a blank secret keeps the stored one
            page.getByTestId("connection-edit-" + CHANNEL).click();
            assertThat(dialog).isVisible();
            assertThat(input(page, "connection-app-secret")).hasValue("");
            assertThat(dialog).containsText("留空则保留已保存的密钥");
            input(page, "connection-rate-limit").fill("25");
            page.getByTestId("connection-submit").click();
            assertThat(dialog).isHidden();
            assertThat(row.locator("xpath=ancestor::tr")).containsText("25 次/秒");
            assertThat(page.getByTestId("connection-secret-" + CHANNEL)).hasText("••••cret");
            shot(page, "channel-settings-console.png");

            // Disconnect, confirmed
            page.getByTestId("connection-disconnect-" + CHANNEL).click();
            assertThat(page.locator(".el-message-box")).containsText("确定断开");
            messageBoxButton(page, "断开").click();
            assertThat(row).hasAttribute("data-source", "NONE");
            assertThat(page.getByTestId("connection-connected-" + CHANNEL)).hasAttribute("data-connected", "false");

            // Without a credentials key (simulated by rewriting the answer) the page explains STOREOPS_CREDENTIALS_KEY
            page.route("**/api/v1/channels/connections", route -> {
                var real = route.fetch();
                route.fulfill(new Route.FulfillOptions()
                        .setResponse(real)
                        .setBody(real.text().replace("\"encryptionAvailable\":true", "\"encryptionAvailable\":false")));
            });
            page.getByTestId("channel-settings-refresh").click();
            var banner = page.getByTestId("channel-settings-encryption-off");
            assertThat(banner).isVisible();
            assertThat(banner).containsText("STOREOPS_CREDENTIALS_KEY");
            assertThat(page.getByTestId("connection-edit-JD")).isDisabled();
            shot(page, "channel-settings-no-key.png");
            page.unrouteAll();

            page.getByTestId("channel-settings-sync-link").click();
            page.waitForURL("**/channels/sync");
            assertThat(problems).isEmpty();
        } finally {
            var now = admin.get("/api/v1/channels/connections/" + CHANNEL);
            if (now.status() == 200 && "CONSOLE".equals(now.json().get("source").asString())) {
                admin.delete("/api/v1/channels/connections/" + CHANNEL);
            }
        }
    }
}
