package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The order pages in real headless Chromium: two fresh orders (one allocated, one held for an invalid phone) are
 * listed, found by their number and, for the held one, shown with its reason on the HELD tab; the held order is
 * approved with a note from its detail page (allocated, the approval on the timeline) and the other one cancelled;
 * the export carries the filtered order; on the rules page a blacklist entry is added and removed and a routing rule
 * saved and removed again (the routing table is restored whatever happens). Skipped when no Chromium is installed.
 */
@IntegrationTest
class OrdersBrowserTest extends BrowserTestSupport {

    @Autowired
    Inventory inventory;

    static Locator messageBoxButton(Page page, String text) {
        return page.locator(".el-message-box__btns button")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
    }

    /** The parcel cost of a routing rule as the API lists it, or null when there is no such rule. */
    static BigDecimal routingRule(ApiClient admin, String province, String warehouse) {
        for (JsonNode rule : admin.get("/api/v1/orders/routing-rules").json()) {
            if (rule.get("province").asString().equals(province)
                    && rule.get("warehouse").asString().equals(warehouse)) {
                return rule.get("cost").decimalValue();
            }
        }
        return null;
    }

    /** Opens an Element Plus select, types to filter when asked, and picks the visible option containing the text. */
    static void choose(Page page, Locator select, String typed, String optionText) {
        select.click();
        if (typed != null) {
            page.keyboard().type(typed);
        }
        page.locator(".el-select-dropdown__item:visible")
                .filter(new Locator.FilterOptions().setHasText(optionText))
                .first()
                .click();
    }

    static Map<String, Object> order(String externalId, String sku, String phone) {
        Map<String, Object> order = new HashMap<>();
        order.put("channel", "TMALL");
        order.put("externalId", externalId);
        order.put("buyer", Map.of("nick", "bt-" + externalId, "name", "浏览器买家", "phone", phone));
        order.put("address", Map.of("province", "上海市", "city", "上海市", "district", "浦东新区", "detail", "世纪大道 100 号 8 楼"));
        order.put("lines", List.of(Map.of("skuCode", sku, "quantity", 1, "unitPrice", "59.90")));
        return order;
    }

    /** The note textarea of the approve/cancel dialog. */
    static Locator note(Page page) {
        return page.locator("textarea[data-testid='order-action-note'], [data-testid='order-action-note'] textarea")
                .first();
    }

    long idOf(ApiClient admin, String orderNo) {
        return admin.get("/api/v1/orders/by-number/" + orderNo).json().get("id").asLong();
    }

    @Test
    void listsFiltersApprovesCancelsExportsAndEditsTheRules() throws Exception {
        var admin = ApiClient.admin(port);
        String sku = CatalogFixtures.create(admin, "订单浏览器测试 家纺")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
        inventory.apply(List.of(new Movement(MovementType.INBOUND, sku, "SH-01", 10, "test stock", "test", null)));
        String validPhone =
                "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var answer = admin.post(
                "/api/v1/orders/batch",
                Map.of(
                        "orders",
                        List.of(
                                order(ApiClient.unique("BT-OK-"), sku, validPhone),
                                order(ApiClient.unique("BT-HELD-"), sku, "12345"))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode results = answer.json();
        assertThat(results.get(0).get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(results.get(1).get("status").asString()).isEqualTo("HELD");
        String okNo = results.get(0).get("orderNo").asString();
        String heldNo = results.get(1).get("orderNo").asString();
        long okId = idOf(admin, okNo);
        long heldId = idOf(admin, heldNo);
        String routingBefore = admin.get("/api/v1/orders/routing-rules").body();

        List<String> problems = new ArrayList<>();
        Page page = loggedIn(problems);
        try {
            // The list shows both, newest first
            page.getByTestId("menu-orders").click();
            page.waitForURL("**/orders");
            assertThat(page.getByTestId("orders-table")).isVisible();
            // 200 a page: orders other tests (or the simulated shops) add meanwhile cannot push these two off it
            page.navigate(url("/orders?size=200"));
            assertThat(page.getByTestId("order-row-" + okNo)).isVisible();
            assertThat(page.getByTestId("order-row-" + heldNo)).isVisible();
            assertThat(page.getByTestId("order-row-" + okNo)).hasAttribute("data-status", "ALLOCATED");
            shot(page, "orders-list.png");

            // Search by order number finds exactly one
            input(page, "orders-search").fill(okNo);
            input(page, "orders-search").press("Enter");
            page.waitForURL(Pattern.compile(".*[?&]q=" + okNo + ".*"));
            assertThat(page.getByTestId("orders-total")).containsText("共 1 条");
            assertThat(page.getByTestId("order-row-" + okNo)).isVisible();
            assertThat(page.getByTestId("order-row-" + heldNo)).hasCount(0);

            // The export carries the applied filter
            Download download =
                    page.waitForDownload(() -> page.getByTestId("orders-export").click());
            assertThat(download.url()).contains("q=" + okNo);
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF订单号 order no.,").contains(okNo).doesNotContain(heldNo);

            // The HELD tab shows the held order with its reason and quick actions
            page.getByTestId("orders-filter-reset").click();
            page.getByTestId("order-tab-HELD").click();
            page.waitForURL(Pattern.compile(".*[?&]status=HELD.*"));
            assertThat(page.getByTestId("orders-held-hint")).isVisible();
            assertThat(page.getByTestId("order-row-" + heldNo)).isVisible();
            assertThat(page.getByTestId("order-row-" + okNo)).hasCount(0);
            var reasons = page.getByTestId("order-reasons-" + heldNo);
            assertThat(reasons).containsText("地址/手机可疑");
            assertThat(reasons).containsText("手机号无效：12345");
            assertThat(page.getByTestId("order-approve-" + heldNo)).isVisible();
            assertThat(page.getByTestId("order-cancel-" + heldNo)).isVisible();
            shot(page, "orders-held.png");

            // Approve the held order from its detail page
            page.getByTestId("order-link-" + heldNo).click();
            page.waitForURL("**/orders/" + heldId);
            assertThat(page.getByTestId("order-status")).containsText("待审核");
            assertThat(page.getByTestId("order-hold-reasons")).containsText("手机号无效：12345");
            assertThat(page.getByTestId("order-allocations")).containsText("尚未分配仓库");
            assertThat(page.getByTestId("order-event-HELD")).containsText("自动审单挂起：手机号无效：12345");
            page.getByTestId("order-approve").click();
            var dialog = page.getByTestId("order-action-dialog");
            assertThat(dialog).isVisible();
            note(page).fill("浏览器测试：已电话核实地址");
            page.getByTestId("order-action-submit").click();
            assertThat(dialog).isHidden();
            assertThat(page.getByTestId("order-status")).containsText("已分配");
            assertThat(page.getByTestId("order-hold-reasons")).hasCount(0);
            assertThat(page.getByTestId("order-approve")).hasCount(0);
            var approval = page.getByTestId("order-event-APPROVED")
                    .filter(new Locator.FilterOptions().setHasText("浏览器测试：已电话核实地址"));
            assertThat(approval).hasCount(1);
            assertThat(approval).containsText("admin");
            assertThat(page.getByTestId("order-parcel-SH-01")).containsText(sku);
            assertThat(page.getByTestId("order-parcel-count")).hasText("1 个包裹");
            var allocated = page.getByTestId("order-event-ALLOCATED");
            allocated.locator("button").click();
            assertThat(allocated.getByTestId("order-event-json")).containsText("SH-01");
            shot(page, "order-detail.png");
            assertThat(admin.get("/api/v1/orders/" + heldId)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("ALLOCATED");

            // Cancel the other one from its detail page
            page.navigate(url("/orders/" + okId));
            assertThat(page.getByTestId("order-status")).containsText("已分配");
            page.getByTestId("order-cancel").click();
            assertThat(dialog).isVisible();
            note(page).fill("浏览器测试：买家要求取消");
            page.getByTestId("order-action-submit").click();
            assertThat(dialog).isHidden();
            assertThat(page.getByTestId("order-status")).containsText("已取消");
            assertThat(page.getByTestId("order-cancel")).hasCount(0);
            assertThat(page.getByTestId("order-event-CANCELLED")).containsText("人工取消：浏览器测试：买家要求取消");
            assertThat(admin.get("/api/v1/orders/" + okId).json().get("status").asString())
                    .isEqualTo("CANCELLED");

            // Rules: automatic review validates before saving
            page.getByTestId("menu-order-rules").click();
            page.waitForURL("**/orders/rules");
            assertThat(page.getByTestId("review-form")).isVisible();
            assertThat(page.getByTestId("review-save")).isDisabled();
            input(page, "review-amount-factor").fill("1");
            input(page, "review-amount-factor").press("Tab");
            page.getByTestId("review-save").click();
            assertThat(page.locator(".el-form-item__error").filter(new Locator.FilterOptions().setHasText("须大于 1")))
                    .isVisible();
            shot(page, "order-rules-review.png");
            page.getByTestId("review-revert").click();
            assertThat(page.getByTestId("review-save")).isDisabled();

            // Rules: a blacklist entry is added and removed
            String blocked =
                    "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            page.getByTestId("rules-tab-blacklist").click();
            page.waitForURL(Pattern.compile(".*[?&]tab=blacklist.*"));
            page.getByTestId("blacklist-add").click();
            var blackDialog = page.getByTestId("blacklist-dialog");
            assertThat(blackDialog).isVisible();
            page.getByTestId("blacklist-kind-PHONE").click();
            input(page, "blacklist-value").fill(blocked);
            input(page, "blacklist-reason").fill("浏览器测试");
            page.getByTestId("blacklist-submit").click();
            assertThat(blackDialog).isHidden();
            // phones are kept in E.164, as buyers' phones are
            String stored = "+86" + blocked;
            assertThat(page.getByTestId("blacklist-row-" + stored)).isVisible();
            assertThat(admin.get("/api/v1/orders/blacklist").body()).contains(blocked);
            shot(page, "order-rules-blacklist.png");
            page.locator("[data-testid^='blacklist-delete-'][data-value='" + stored + "']")
                    .click();
            messageBoxButton(page, "移除").click();
            assertThat(page.getByTestId("blacklist-row-" + stored)).hasCount(0);
            assertThat(admin.get("/api/v1/orders/blacklist").body()).doesNotContain(blocked);

            // Rules: a routing rule is saved, then removed again
            page.getByTestId("rules-tab-routing").click();
            page.waitForURL(Pattern.compile(".*[?&]tab=routing.*"));
            assertThat(page.getByTestId("routing-explain")).containsText("绝不部分发货");
            var rows = page.getByTestId("routing-table").locator("tr.el-table__row");
            int before = rows.count();
            page.getByTestId("routing-add").click();
            assertThat(rows).hasCount(before + 1);
            var added = rows.nth(before);
            choose(page, added.getByTestId("routing-province"), "台湾", "台湾省");
            choose(page, added.getByTestId("routing-warehouse"), null, "BJ-01");
            assertThat(added.getByTestId("routing-row-" + before)).hasAttribute("data-province", "台湾省");
            assertThat(added.getByTestId("routing-row-" + before)).hasAttribute("data-warehouse", "BJ-01");
            added.locator("[data-testid='routing-cost'] input").fill("12.5");
            added.locator("[data-testid='routing-cost'] input").press("Tab");
            choose(page, page.getByTestId("routing-preview-province"), "台湾", "台湾省");
            assertThat(page.getByTestId("routing-preview").locator("li").first())
                    .containsText("BJ-01");
            page.getByTestId("routing-save").click();
            messageBoxButton(page, "保存").click();
            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(
                            () -> assertThat(routingRule(admin, "台湾省", "BJ-01")).isEqualByComparingTo("12.50"));
            assertThat(page.getByTestId("routing-save")).not().hasClass(Pattern.compile(".*is-loading.*"));
            assertThat(page.getByTestId("routing-save")).isDisabled();

            page.getByTestId("routing-filter-province").click();
            page.locator(".el-select-dropdown__item:visible")
                    .filter(new Locator.FilterOptions().setHasText("台湾省"))
                    .first()
                    .click();
            assertThat(rows).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("order-rules-routing.png")));
            rows.first().locator("[data-testid^='routing-remove-']").click();
            page.getByTestId("routing-save").click();
            messageBoxButton(page, "保存").click();
            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(
                                    admin.get("/api/v1/orders/routing-rules").json())
                            .isEqualTo(ApiClient.json().readTree(routingBefore)));
            assertThat(page.getByTestId("routing-save")).not().hasClass(Pattern.compile(".*is-loading.*"));
            assertThat(page.getByTestId("routing-save")).isDisabled();

            // English
            page.navigate(url("/orders/" + heldId));
            assertThat(page.getByTestId("order-status")).containsText("已分配");
            page.getByTestId("lang-switch").click();
            page.getByText("English", new Page.GetByTextOptions().setExact(true))
                    .last()
                    .click();
            assertThat(page.getByTestId("order-status")).containsText("Allocated");
            assertThat(page.getByTestId("menu-orders")).containsText("Order list");
            assertThat(page.getByTestId("order-parcel-count")).hasText("1 parcel");
            shot(page, "order-detail-en.png");
            page.getByTestId("menu-orders").click();
            page.waitForURL("**/orders");
            assertThat(page.getByTestId("order-tab-HELD")).containsText("Held");
            assertThat(page.getByTestId("order-row-" + heldNo)).isVisible();
            assertThat(page.getByTestId("order-row-" + okNo)).hasAttribute("data-status", "CANCELLED");
            shot(page, "orders-list-en.png");
            assertThat(problems).isEmpty();
        } finally {
            admin.put("/api/v1/orders/routing-rules", routingBefore);
            page.context().close();
        }
    }
}
