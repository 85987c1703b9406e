package io.storeops.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The promotion pages in real headless Chromium: a 满减 promotion is created through the editor (a bad tier is flagged
 * as you type, then fixed); a promotion that sells below the floor is approved and activated from its page and flagged
 * on the price preview; try-a-cart shows the explained total; the campaign calendar shows a campaign whose checklist is
 * ticked on its page. Skipped when no Chromium is installed.
 */
@IntegrationTest
class PromotionsBrowserTest extends BrowserTestSupport {

    /** A product with one SKU (cost 120.00, list price 329.00) in home-bedding; answers the SKU code. */
    static String sku(ApiClient admin) {
        return listedAt(admin, "329.00", "120.00");
    }

    static long promotion(ApiClient admin, String name, String type, String sku, Map<String, Object> rule) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("startsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        body.put("endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        body.put("scope", Map.of("all", false, "skus", List.of(sku)));
        body.put("rule", rule);
        var created = admin.post("/api/v1/promotions", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static Locator textarea(Page page, String testId) {
        return page.locator("textarea[data-testid='" + testId + "'], [data-testid='" + testId + "'] textarea")
                .first();
    }

    /** The worked examples 1 and 2 (P1 = 家居 满200减20/满300减40), exact to the fen in try-a-cart. */
    @Test
    void workedExamplesOneAndTwoPriceExactlyInTryACart() throws Exception {
        var admin = ApiClient.admin(port);
        String a = listedAt(admin, "120.00", "30.00");
        String b = listedAt(admin, "80.00", "30.00");
        // a channel of its own, so the demo store's promotions on its channels stay out of this cart
        String channel = CatalogFixtures.channel(admin, "EX_");
        Map<String, Object> p1 = new LinkedHashMap<>();
        p1.put("name", "P1 满200减20/满300减40");
        p1.put("type", "FULL_REDUCTION");
        p1.put("startsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        p1.put("endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        p1.put("scope", Map.of("all", false, "categories", List.of("home"), "channels", List.of(channel)));
        p1.put(
                "rule",
                Map.of("tiers", List.of(Map.of("threshold", 200, "off", 20), Map.of("threshold", 300, "off", 40))));
        long id = admin.post("/api/v1/promotions", p1).json().get("id").asLong();
        // 家居 also holds other tests' deeply discounted SKUs, which P1 could push further below their floors
        admin.post("/api/v1/promotions/" + id + "/approve", Map.of("note", "worked example"));
        var activated = admin.post("/api/v1/promotions/" + id + "/activate", Map.of());
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);

        List<String> problems = new ArrayList<>();
        Page page = loggedIn(problems);
        try {
            page.navigate(url("/pricing/try"));
            page.getByTestId("cart-channel").click();
            page.keyboard().type(channel);
            page.keyboard().press("Enter");
            input(page, "cart-line-0-sku").fill(a);
            page.getByTestId("cart-add-line").click();
            input(page, "cart-line-1-sku").fill(b);
            page.getByTestId("cart-quote").click();
            // example 1: A×1 + B×1 = 200.00 reaches 满200减20, allocated 12.00 / 8.00
            assertThat(page.getByTestId("cart-total")).hasAttribute("data-value", "180.00");
            assertThat(page.getByTestId("cart-final-1")).hasText("108.00");
            assertThat(page.getByTestId("cart-final-2")).hasText("72.00");

            // example 2: A×2 + B×1 = 320.00 reaches 满300减40, allocated 30.00 / 10.00
            input(page, "cart-line-0-qty").fill("2");
            input(page, "cart-line-0-qty").press("Tab");
            page.getByTestId("cart-quote").click();
            assertThat(page.getByTestId("cart-total")).hasAttribute("data-value", "280.00");
            assertThat(page.getByTestId("cart-final-1")).hasText("210.00");
            assertThat(page.getByTestId("cart-final-2")).hasText("70.00");
            shot(page, "promotions-worked-example-2.png");
            assertThat(problems).isEmpty();
        } catch (AssertionError | RuntimeException e) {
            shot(page, "promotions-example-failure.png");
            throw e;
        } finally {
            page.context().close();
        }
    }

    /** A product with one SKU at this list price and cost in home-bedding; answers the SKU code. */
    static String listedAt(ApiClient admin, String listPrice, String cost) {
        Map<String, Object> product = CatalogFixtures.product(admin, "促销浏览器测试 四件套 " + ApiClient.unique(""));
        String code = ApiClient.unique("PB-");
        product.put("skus", List.of(CatalogFixtures.sku(code, "白色", "1.8m床", cost, listPrice)));
        var created = admin.post("/api/v1/products", product);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    @Test
    void editsChecksActivatesPricesAndPlansPromotions() throws Exception {
        var admin = ApiClient.admin(port);
        String plain = sku(admin);
        String cheap = sku(admin);
        String carted = sku(admin);

        // Below floor: 1折 on a SKU that costs 120.00 (a draft, activated from the page)
        String flashName = ApiClient.unique("一折清仓-");
        long flash = promotion(admin, flashName, "FLASH_DISCOUNT", cheap, Map.of("rate", 1));

        // For the cart: 满300减30 on one SKU, active now
        String cartName = ApiClient.unique("满300减30-");
        long cartPromo = promotion(
                admin,
                cartName,
                "FULL_REDUCTION",
                carted,
                Map.of("tiers", List.of(Map.of("threshold", 300, "off", 30))));
        var activated = admin.post("/api/v1/promotions/" + cartPromo + "/activate", Map.of());
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);

        // A campaign running now, with expected demand far above the (empty) stock
        String campaignName = ApiClient.unique("双十二预热-");
        var campaign = admin.post(
                "/api/v1/campaigns",
                Map.of(
                        "name", campaignName,
                        "description", "浏览器测试",
                        "channels", List.of("TMALL"),
                        "startsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                        "endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
        long campaignId = campaign.json().get("id").asLong();
        var expected = admin.put(
                "/api/v1/campaigns/" + campaignId + "/expected",
                List.of(Map.of("skuCode", plain, "expectedUnits", 1000)));
        assertThat(expected.status()).as(expected.body()).isEqualTo(200);

        List<String> problems = new ArrayList<>();
        Page page = loggedIn(problems);
        try {
            // The menu has the promotions group
            assertThat(page.getByTestId("menu-promo-group")).containsText("营销");

            // Editor: a 满减 whose reduction exceeds its threshold is flagged as you type, then fixed and saved
            String name = ApiClient.unique("满100减10-");
            page.navigate(url("/promotions/new"));
            input(page, "promo-name").fill(name);
            page.getByTestId("scope-skus-mode").click();
            textarea(page, "scope-skus").fill(plain);
            input(page, "rule-tier-0-threshold").fill("100");
            input(page, "rule-tier-0-off").fill("120");
            assertThat(page.getByTestId("rule-tier-0-off-error")).containsText("减额须小于门槛");
            assertThat(page.getByTestId("check-panel")).hasAttribute("data-state", "invalid");
            input(page, "rule-tier-0-off").fill("10");
            assertThat(page.getByTestId("rule-tier-0-off-error")).hasCount(0);
            page.getByTestId("rule-add-tier").click();
            input(page, "rule-tier-1-threshold").fill("200");
            input(page, "rule-tier-1-off").fill("30");
            // the server's check has answered
            assertThat(page.getByTestId("check-panel"))
                    .hasAttribute(
                            "data-state",
                            Pattern.compile("ok|conflicts|below-floor"),
                            new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
            assertThat(page.getByTestId("check-client-errors")).hasCount(0);
            shot(page, "promotions-editor.png");
            page.getByTestId("promo-save").click();
            page.waitForURL(Pattern.compile(".*/promotions/\\d+$"));
            assertThat(page.getByTestId("promo-phase")).hasAttribute("data-phase", "DRAFT");
            assertThat(page.getByTestId("promo-summary")).isVisible();
            long created = Long.parseLong(page.url().replaceAll(".*/promotions/", ""));
            JsonNode saved = admin.get("/api/v1/promotions/" + created).json();
            assertThat(saved.get("name").asString()).isEqualTo(name);
            assertThat(saved.get("type").asString()).isEqualTo("FULL_REDUCTION");
            assertThat(saved.get("rule").get("tiers").get(1).get("off").decimalValue())
                    .isEqualByComparingTo("30");
            assertThat(saved.get("scope").get("skus").get(0).asString()).isEqualTo(plain);

            // The list finds it and exports it
            page.navigate(url("/promotions?q=" + name));
            assertThat(page.getByTestId("promo-row-" + created)).hasText(name);
            assertThat(page.getByTestId("promo-phase-" + created)).hasText("草稿");
            shot(page, "promotions-list.png");
            Download download =
                    page.waitForDownload(() -> page.getByTestId("promo-export").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFID,活动名称,").contains(name).contains("满减");

            // Activating the 1折 promotion is refused below floor; the admin approves and it runs
            page.navigate(url("/promotions/" + flash));
            page.getByTestId("promo-activate").click();
            var floorDialog = page.getByTestId("floor-dialog");
            assertThat(floorDialog).isVisible();
            assertThat(floorDialog.getByTestId("violation-" + cheap)).isVisible();
            assertThat(page.getByTestId("check-floor")).containsText(cheap);
            shot(page, "promotions-below-floor.png");
            textarea(page, "floor-approve-note").fill("浏览器测试：清仓");
            page.getByTestId("floor-approve").click();
            assertThat(floorDialog).isHidden();
            assertThat(page.getByTestId("promo-phase")).hasAttribute("data-phase", "RUNNING");
            assertThat(page.getByTestId("promo-approval")).containsText("admin");

            // The price preview flags that SKU
            page.navigate(url("/pricing/preview?belowFloorOnly=true&q=" + cheap));
            assertThat(page.getByTestId("preview-below-" + cheap)).hasText("破价");
            assertThat(page.getByTestId("margins-card")).containsText("类目最低毛利率");
            shot(page, "promotions-preview.png");

            // Try a cart: one unit of 329.00 reaches 满300减30
            page.navigate(url("/pricing/try"));
            input(page, "cart-line-0-sku").fill(carted);
            page.getByTestId("cart-quote").click();
            JsonNode quote = admin.post(
                            "/api/v1/pricing/quote",
                            Map.of(
                                    "channel",
                                    "TMALL",
                                    "lines",
                                    List.of(Map.of("lineId", "1", "skuCode", carted, "quantity", 1))))
                    .json();
            BigDecimal total = quote.get("total").decimalValue();
            assertThat(total).isLessThanOrEqualTo(new BigDecimal("299.00"));
            assertThat(page.getByTestId("cart-total"))
                    .hasAttribute("data-value", total.setScale(2).toPlainString());
            assertThat(page.getByTestId("cart-subtotal")).hasText("¥329.00");
            assertThat(page.getByTestId("cart-applied-" + cartPromo)).containsText(cartName);
            assertThat(page.getByTestId("cart-applied-" + cartPromo)).containsText("−¥30.00");
            assertThat(page.getByTestId("cart-result-lines")).containsText(carted);
            shot(page, "promotions-try-cart.png");
            // The example fills a cart of the store's SKUs and prices it
            page.getByTestId("cart-example").click();
            assertThat(input(page, "cart-line-1-sku")).not().hasValue("");
            assertThat(page.getByTestId("cart-total")).isVisible();

            // Coupons: a shop coupon whose amount is not below its threshold is refused, fixed, activated and issued
            String couponName = ApiClient.unique("满199减20券-");
            page.navigate(url("/coupons"));
            page.getByTestId("coupon-new").click();
            var editor = page.getByTestId("coupon-editor");
            assertThat(editor).isVisible();
            input(page, "coupon-name").fill(couponName);
            input(page, "coupon-threshold").fill("199");
            input(page, "coupon-amount").fill("250");
            page.getByTestId("coupon-save").click();
            assertThat(editor.locator(".el-form-item__error")).containsText("减额须小于门槛");
            input(page, "coupon-amount").fill("20");
            page.getByTestId("coupon-save").click();
            assertThat(editor).isHidden();
            long template = admin.get("/api/v1/coupons/templates?q=" + couponName)
                    .json()
                    .get("items")
                    .get(0)
                    .get("id")
                    .asLong();
            assertThat(page.getByTestId("coupon-row-" + template)).hasText(couponName);
            page.getByTestId("coupon-activate-" + template).click();
            assertThat(page.getByTestId("coupon-status-" + template)).hasText("发放中");
            page.getByTestId("coupon-issue-" + template).click();
            String customer = ApiClient.unique("C-");
            textarea(page, "issue-ids").fill(customer + "\n" + customer + "-2\n" + customer + "\n" + "X".repeat(80));
            page.getByTestId("issue-submit").click();
            assertThat(page.getByTestId("issue-result")).containsText("已发放 2 张，跳过 1 个");
            assertThat(page.getByTestId("issue-skipped")).containsText("顾客编号无效");
            page.keyboard().press("Escape");
            assertThat(page.getByTestId("coupon-issued-" + template)).hasText("2");
            page.navigate(url("/coupons?tab=claims&customerId=" + customer));
            assertThat(page.getByTestId("claims-total")).hasText("共 1 条");
            assertThat(page.getByTestId("claims-table")).containsText(couponName);
            shot(page, "promotions-coupon-claims.png");

            // Campaign calendar: the campaign's bar opens its page; its checklist is ticked there
            page.navigate(url("/campaigns"));
            var bar = page.getByTestId("cal-campaign-" + campaignId);
            assertThat(bar).containsText(campaignName);
            assertThat(page.getByTestId("cal-promotion-" + flash)).isVisible();
            shot(page, "promotions-calendar.png");
            page.getByTestId("cal-week").click();
            assertThat(bar).isVisible();
            bar.click();
            page.waitForURL(Pattern.compile(".*/campaigns/" + campaignId + "$"));
            assertThat(page.getByTestId("campaign-status")).hasAttribute("data-status", "PLANNING");
            assertThat(page.getByTestId("checklist-progress")).hasText("已完成 0/5");
            page.getByTestId("task-done-PRODUCT_SELECTION").click();
            assertThat(page.getByTestId("checklist-progress")).hasText("已完成 1/5");
            assertThat(page.locator("[data-kind='PRODUCT_SELECTION'][data-done='true']"))
                    .hasCount(1);
            assertThat(page.getByTestId("shortfall-" + plain)).hasText("1000");
            shot(page, "promotions-campaign.png");
            JsonNode tasks = admin.get("/api/v1/campaigns/" + campaignId).json().get("tasks");
            assertThat(tasks.valueStream()
                            .filter(x -> x.get("kind").asString().equals("PRODUCT_SELECTION"))
                            .map(x -> x.get("done").asBoolean()))
                    .containsExactly(true);

            assertThat(problems).isEmpty();
        } catch (AssertionError | RuntimeException e) {
            shot(page, "promotions-failure.png");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
