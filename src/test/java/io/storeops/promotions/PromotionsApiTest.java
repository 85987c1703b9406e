package io.storeops.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.orders.OrderFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The issue's six worked examples through the HTTP API, exact to the fen, plus guardrails (below-floor refusal and
 * approval), field errors, coupons (limits, redemption once under concurrency) and the campaign flow. Every test
 * prices on a channel of its own, so promotions of other tests never apply.
 */
@IntegrationTest
class PromotionsApiTest {

    @LocalServerPort
    int port;

    ApiClient admin;
    String channel;
    String a;
    String b;
    String c;
    String d;

    @BeforeEach
    void catalog() {
        admin = ApiClient.admin(port);
        channel = CatalogFixtures.channel(admin, "EX_");
        a = sku("home-bedding", "120.00", "30.00");
        b = sku("home-bedding", "80.00", "20.00");
        c = sku("digital-phone", "59.90", "15.00");
        d = sku("digital-phone", "199.00", "50.00");
    }

    @Test
    void example1And2TieredReductionAllocatesByLargestRemainder() {
        promotion("P1", "FULL_REDUCTION", categories("home"), rule("tiers", List.of(tier(200, 20), tier(300, 40))));

        JsonNode one = quote(null, line(a, 1), line(b, 1));
        assertThat(one.get("total").decimalValue()).isEqualByComparingTo("180.00");
        assertThat(orderDiscount(one, a)).isEqualByComparingTo("12.00");
        assertThat(orderDiscount(one, b)).isEqualByComparingTo("8.00");

        JsonNode two = quote(null, line(a, 2), line(b, 1));
        assertThat(two.get("total").decimalValue()).isEqualByComparingTo("280.00");
        assertThat(orderDiscount(two, a)).isEqualByComparingTo("30.00");
        assertThat(orderDiscount(two, b)).isEqualByComparingTo("10.00");
        JsonNode explanation = two.get("applied").get(0).get("explanation");
        assertThat(explanation.get("code").asString()).isEqualTo("promotions.TIER_REACHED");
        assertThat(explanation.get("args").get("threshold").asString()).isEqualTo("300");
        assertThat(explanation.get("message").asString()).isEqualTo("reached tier 满300减40 on 320.00, saves 40.00");
    }

    @Test
    void promotionsOfOtherChannelsAreCountedNotExplained() {
        promotion("P1", "FULL_REDUCTION", categories("home"), rule("tiers", List.of(tier(200, 20), tier(300, 40))));
        Map<String, Object> elsewhere = request("P2", "FULL_REDUCTION", skus(a), rule("tiers", List.of(tier(100, 5))));
        elsewhere.put(
                "scope",
                Map.of("all", false, "skus", List.of(a), "channels", List.of(CatalogFixtures.channel(admin, "ELSE_"))));
        var created = admin.post("/api/v1/promotions", elsewhere);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var activated =
                admin.post("/api/v1/promotions/" + created.json().get("id").asLong() + "/activate", Map.of());
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);

        JsonNode quote = quote(null, line(a, 1));
        assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("120.00");
        List<String> names = new ArrayList<>();
        quote.get("notApplied").forEach(n -> names.add(n.get("name").asString()));
        assertThat(names).containsExactly("P1");
        assertThat(quote.get("notInScope").asInt()).isPositive();
    }

    @Test
    void aQuoteOnADisabledChannelIsRefusedNamingTheChannel() {
        String code = ApiClient.unique("OFF_");
        Map<String, Object> rules = Map.of(
                "titleCounting",
                "CHARACTERS",
                "maxTitleUnits",
                60,
                "minTitleUnits",
                0,
                "minImages",
                1,
                "minMarginPercent",
                5,
                "requireDetail",
                false,
                "forbiddenWords",
                List.of());
        var created = admin.post("/api/v1/channels", Map.of("code", code, "name", "停用渠道", "rules", rules));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var disabled = admin.put("/api/v1/channels/" + code + "/rules", Map.of("enabled", false, "rules", rules));
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", code);
        body.put("lines", List.of(line(a, 1)));
        // channel states are served from memory for up to 5 s
        var refused = await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> admin.post("/api/v1/pricing/quote", body), r -> r.status() != 200);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).endsWith("channel-disabled");
        assertThat(problem.get("violations").get(0).get("field").asString()).isEqualTo("channel");
    }

    @Test
    void pricingCachesPublishTheirStatistics() {
        quote(null, line(a, 1));
        for (String cache : List.of("promotions.active", "promotions.sku-pricing")) {
            var metric = admin.get("/actuator/metrics/cache.gets?tag=cache:" + cache);
            assertThat(metric.status()).as(cache + ": " + metric.body()).isEqualTo(200);
            double gets = 0;
            for (JsonNode m : metric.json().get("measurements")) {
                gets += m.get("value").asDouble();
            }
            assertThat(gets).as(cache).isPositive();
        }
    }

    @Test
    void example3FlashDiscountRoundsHalfUpPerUnit() {
        promotion("8.5折", "FLASH_DISCOUNT", skus(c), Map.of("rate", new BigDecimal("8.5")));

        JsonNode quote = quote(null, line(c, 3));
        JsonNode line = quote.get("lines").get(0);
        assertThat(line.get("itemUnit").decimalValue()).isEqualByComparingTo("50.92");
        assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("152.76");
    }

    @Test
    void example4MultiBuyThenShopWideReduction() {
        promotion("2件8折", "N_FOR_M", categories("digital"), Map.of("n", 2, "rate", 8));
        // 全店 covers every SKU, including thin-margin ones other tests create: the guard may ask for approval first
        long shopWide = draft("满150减15", "FULL_REDUCTION", all(), rule("tiers", List.of(tier(150, 15))));
        admin.post("/api/v1/promotions/" + shopWide + "/approve", Map.of("note", "example 4"));
        var activated = admin.post("/api/v1/promotions/" + shopWide + "/activate", Map.of());
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);

        JsonNode quote = quote(null, line(c, 1), line(d, 1));
        assertThat(lineOf(quote, c).get("afterMultiBuy").decimalValue()).isEqualByComparingTo("47.92");
        assertThat(lineOf(quote, d).get("afterMultiBuy").decimalValue()).isEqualByComparingTo("159.20");
        assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("192.12");
    }

    @Test
    void example5BestItemPriceWinsAndTheThresholdIsNotReached() {
        promotion("P1", "FULL_REDUCTION", categories("home"), rule("tiers", List.of(tier(200, 20), tier(300, 40))));
        promotion(
                "会员价",
                "MEMBER_PRICE",
                skus(a),
                rule("prices", List.of(Map.of("tier", "GOLD", "skuCode", a, "price", new BigDecimal("110.00")))));
        promotion("9折", "FLASH_DISCOUNT", skus(a), Map.of("rate", 9));

        JsonNode quote = quote("GOLD", line(a, 1));
        assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("108.00");
        assertThat(reasons(quote)).anyMatch(r -> r.contains("108.00 < 200.00"));
    }

    @Test
    void example6FlashDiscountKeepsTheCartBelowTheThreshold() {
        promotion("P1", "FULL_REDUCTION", categories("home"), rule("tiers", List.of(tier(200, 20), tier(300, 40))));
        promotion("9.5折", "FLASH_DISCOUNT", skus(b), Map.of("rate", new BigDecimal("9.5")));

        JsonNode quote = quote(null, line(a, 1), line(b, 1));
        assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("196.00");
        assertThat(reasons(quote)).anyMatch(r -> r.contains("196.00 < 200.00"));
    }

    @Test
    void aCouponThresholdIsEvaluatedAfterShopDiscountsAndRedeemedOnce() throws Exception {
        promotion("P1", "FULL_REDUCTION", categories("home"), rule("tiers", List.of(tier(200, 20), tier(300, 40))));
        long template = coupon(Map.of("threshold", new BigDecimal("199.00"), "amount", new BigDecimal("30.00")));
        String customer = ApiClient.unique("C-");
        var claim = admin.post("/api/v1/coupons/templates/" + template + "/claim", Map.of("customerId", customer));
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        var again = admin.post("/api/v1/coupons/templates/" + template + "/claim", Map.of("customerId", customer));
        assertThat(again.status()).as("per-customer limit 1").isEqualTo(409);

        JsonNode quote = quote(Map.of("customerId", customer), null, line(a, 1), line(b, 1));
        assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("180.00");
        assertThat(reasons(quote)).anyMatch(r -> r.contains("180.00 < 199.00"));

        long claimId = claim.json().get("id").asLong();
        var pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> redemptions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String order = "SO-" + i;
            redemptions.add(() -> admin.post("/api/v1/coupons/claims/" + claimId + "/redeem", Map.of("orderRef", order))
                    .status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (var f : pool.invokeAll(redemptions)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(admin.get("/api/v1/coupons/templates/" + template)
                        .json()
                        .get("redeemed")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aPromotionBelowTheFloorNeedsApprovalAndBothAreAudited() {
        // a category no other test prices, so their promotions never reach this thin-margin SKU
        String cheap = sku("apparel-men", "100.00", "90.00");
        long id = draft("7折", "FLASH_DISCOUNT", skus(cheap), Map.of("rate", 7));

        var check = admin.post(
                "/api/v1/promotions/check?id=" + id, request("7折", "FLASH_DISCOUNT", skus(cheap), Map.of("rate", 7)));
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        JsonNode violation = check.json().get("floorViolations").get(0);
        assertThat(violation.get("skuCode").asString()).isEqualTo(cheap);
        BigDecimal margin = BigDecimal.ZERO;
        JsonNode margins = admin.get("/api/v1/pricing/margins").json();
        margin = margins.get("defaultMargin").decimalValue();
        for (JsonNode m : margins.get("categories")) {
            if (m.get("categoryCode").asString().equals("apparel")) {
                margin = m.get("minMargin").decimalValue();
            }
        }
        assertThat(violation.get("floor").decimalValue())
                .as("cost × (1 + the margin of 服饰 or the default)")
                .isEqualByComparingTo(new BigDecimal("90.00")
                        .multiply(BigDecimal.ONE.add(margin))
                        .setScale(2, RoundingMode.HALF_UP));
        assertThat(violation.get("lowestPrice").decimalValue()).isEqualByComparingTo("70.00");

        var refused = admin.post("/api/v1/promotions/" + id + "/activate", Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("below-floor").contains(cheap);

        var analyst = ApiClient.loggedIn(port, analystName(), "analyst-test-password-1");
        assertThat(analyst.post("/api/v1/promotions/" + id + "/approve", Map.of("note", "x"))
                        .status())
                .isEqualTo(403);

        var approved = admin.post("/api/v1/promotions/" + id + "/approve", Map.of("note", "清仓 / clearance"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        var activated = admin.post("/api/v1/promotions/" + id + "/activate", Map.of());
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        assertThat(activated.json().get("status").asString()).isEqualTo("ACTIVE");

        String audit =
                admin.get("/api/v1/audit?entityType=promotion&entityId=" + id).body();
        assertThat(audit).contains("Below-floor approval").contains("DRAFT → ACTIVE");
    }

    @Test
    void invalidRulesAreReportedFieldByField() {
        var response = admin.post(
                "/api/v1/promotions",
                request(
                        "",
                        "FULL_REDUCTION",
                        categories("home"),
                        rule("tiers", List.of(tier(200, 20), Map.of("threshold", 100, "off", 150)))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"name\"").contains("rule.tiers[1].off");
    }

    @Test
    void aCampaignGoesLiveOnlyWithItsChecklistDoneAndApproved() {
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var created = admin.post(
                "/api/v1/campaigns",
                Map.of(
                        "name", "双12 测试",
                        "channels", List.of(channel),
                        "startsAt", start.toString(),
                        "endsAt", start.plus(2, ChronoUnit.DAYS).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long campaign = created.json().get("id").asLong();
        assertThat(created.json().get("tasks")).hasSize(5);

        Map<String, Object> body =
                request("P1", "FULL_REDUCTION", categories("home"), rule("tiers", List.of(tier(200, 20))));
        body.put("campaignId", campaign);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(2, ChronoUnit.DAYS).toString());
        long promotion = admin.post("/api/v1/promotions", body).json().get("id").asLong();

        assertThat(admin.post("/api/v1/campaigns/" + campaign + "/submit", Map.of())
                        .status())
                .as("checklist open")
                .isEqualTo(409);
        for (JsonNode task : created.json().get("tasks")) {
            var done = admin.put(
                    "/api/v1/campaigns/" + campaign + "/tasks/" + task.get("id").asLong(),
                    Map.of("owner", "admin", "done", true));
            assertThat(done.status()).as(done.body()).isEqualTo(200);
        }
        admin.put("/api/v1/campaigns/" + campaign + "/expected", List.of(Map.of("skuCode", a, "expectedUnits", 5)));
        JsonNode stock =
                admin.get("/api/v1/campaigns/" + campaign + "/stock-check").json();
        assertThat(stock.get(0).get("shortfall").asInt()).isEqualTo(5); // nothing stocked

        assertThat(admin.post("/api/v1/campaigns/" + campaign + "/launch", Map.of())
                        .status())
                .as("not approved yet")
                .isEqualTo(409);
        assertThat(admin.post("/api/v1/campaigns/" + campaign + "/submit", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(admin.post("/api/v1/campaigns/" + campaign + "/approve", Map.of())
                        .status())
                .isEqualTo(200);
        var live = admin.post("/api/v1/campaigns/" + campaign + "/launch", Map.of());
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        assertThat(live.json().get("status").asString()).isEqualTo("LIVE");
        assertThat(admin.get("/api/v1/promotions/" + promotion)
                        .json()
                        .get("phase")
                        .asString())
                .isEqualTo("UPCOMING");

        JsonNode calendar = admin.get("/api/v1/campaigns/calendar?from=" + start.minus(1, ChronoUnit.DAYS) + "&to="
                        + start.plus(5, ChronoUnit.DAYS) + "&channel=" + channel)
                .json();
        assertThat(calendar.findValuesAsString("kind")).contains("CAMPAIGN", "PROMOTION");
        assertThat(calendar.findValuesAsString("status")).contains("LIVE", "UPCOMING");
    }

    @Test
    void overlappingPromotionsOfOneExclusionGroupAreReportedAsConflicts() {
        Map<String, Object> first =
                request("满200减20", "FULL_REDUCTION", categories("home"), rule("tiers", List.of(tier(200, 20))));
        first.put("exclusionGroup", "order-" + channel);
        long firstId = admin.post("/api/v1/promotions", first).json().get("id").asLong();
        Map<String, Object> second = request("每满100减10", "EVERY_REDUCTION", skus(a), Map.of("every", 100, "off", 10));
        second.put("exclusionGroup", "order-" + channel);

        var check = admin.post("/api/v1/promotions/check", second);
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        JsonNode conflicts = check.json().get("conflicts");
        assertThat(conflicts.findValuesAsString("name")).contains("满200减20");
        assertThat(conflicts.get(0).get("promotionId").asLong()).isEqualTo(firstId);
        assertThat(conflicts.get(0).get("reason").get("code").asString())
                .isEqualTo("promotions.CONFLICT_SAME_EXCLUSION_GROUP");
        assertThat(conflicts.get(0).get("reason").get("message").asString()).contains("exclusion group");
    }

    @Test
    void thePreviewShowsTheLowestReachablePriceAgainstTheFloor() {
        String cheap = sku("apparel-women", "100.00", "40.00");
        promotion("8折", "FLASH_DISCOUNT", skus(cheap), Map.of("rate", 8));
        promotion("满150减30", "FULL_REDUCTION", skus(cheap), rule("tiers", List.of(tier(150, 30))));

        Instant from = Instant.now();
        JsonNode page = admin.get("/api/v1/pricing/preview?from=" + from + "&to=" + from.plus(1, ChronoUnit.HOURS)
                        + "&channel=" + channel + "&q=" + cheap)
                .json();
        JsonNode row = page.get("items").get(0);
        assertThat(row.get("skuCode").asString()).isEqualTo(cheap);
        // 2 units at 80.00 = 160.00 reach 满150减30: 130.00 for two, 65.00 each
        assertThat(row.get("lowestPrice").decimalValue()).isEqualByComparingTo("65.00");
        assertThat(row.get("explanation").get("message").asString()).contains("满150减30");
        assertThat(row.get("belowFloor").asBoolean())
                .isEqualTo(row.get("lowestPrice")
                                .decimalValue()
                                .compareTo(row.get("floor").decimalValue())
                        < 0);
    }

    @Test
    void aTargetedIssueSkipsCustomersOverTheLimitAndReadersCannotWrite() {
        long template = coupon(Map.of("threshold", new BigDecimal("99.00"), "amount", new BigDecimal("10.00")));
        String known = ApiClient.unique("C-");
        admin.post("/api/v1/coupons/templates/" + template + "/claim", Map.of("customerId", known));

        var issued = admin.post(
                "/api/v1/coupons/templates/" + template + "/issue",
                Map.of("customerIds", List.of(known, ApiClient.unique("C-"), ApiClient.unique("C-"), " ")));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().get("issued").asInt()).isEqualTo(2);
        assertThat(issued.json().get("skipped").findValuesAsString("customerId"))
                .contains(known);

        var analyst = ApiClient.loggedIn(port, analystName(), "analyst-test-password-1");
        assertThat(analyst.get("/api/v1/promotions").status()).isEqualTo(200);
        assertThat(analyst.post("/api/v1/promotions", request("x", "FLASH_DISCOUNT", skus(a), Map.of("rate", 9)))
                        .status())
                .isEqualTo(403);
        assertThat(analyst.post("/api/v1/coupons/templates/" + template + "/claim", Map.of("customerId", "x"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anAutoIssuedCouponGoesToTheBuyerOfANewOrderOncePerBuyer() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "下单返券");
        body.put("kind", "SHOP");
        body.put("scope", Map.of("all", true, "channels", List.of(channel)));
        body.put("threshold", new BigDecimal("99.00"));
        body.put("amount", new BigDecimal("10.00"));
        body.put("validDays", 30);
        body.put("totalQuantity", 100);
        body.put("perUserLimit", 1);
        body.put("autoIssueOnOrder", true);
        long template =
                admin.post("/api/v1/coupons/templates", body).json().get("id").asLong();
        admin.post("/api/v1/coupons/templates/" + template + "/activate", Map.of());

        String phone = "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        for (int i = 0; i < 2; i++) {
            var placed = admin.post(
                    "/api/v1/orders/batch",
                    Map.of("orders", List.of(OrderFixtures.order("JD", ApiClient.unique("AUTO-"), "上海", phone, a, 1))));
            assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                admin.get("/api/v1/coupons/claims?templateId=" + template + "&customerId=" + phone)
                                        .json()
                                        .get("total")
                                        .asInt())
                        .isEqualTo(1));
        assertThat(admin.get("/api/v1/coupons/templates/" + template)
                        .json()
                        .get("issued")
                        .asInt())
                .as("two orders, one coupon: the per-customer limit makes it a first-order coupon")
                .isEqualTo(1);
    }

    // ------------------------------------------------------------------ fixtures

    private String sku(String category, String listPrice, String cost) {
        Map<String, Object> product = CatalogFixtures.product(admin, "测试商品 促销 " + ApiClient.unique(""));
        String code = ApiClient.unique("PR-");
        product.put("categoryId", CatalogFixtures.categoryId(admin, category));
        product.put("attributes", Map.of("材质", "全棉", "支数", "60支", "型号", "X1", "适用机型", "通用", "尺码", "L"));
        product.put("skus", List.of(CatalogFixtures.sku(code, "白色", "标准", cost, listPrice)));
        var response = admin.post("/api/v1/products", product);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return code;
    }

    private Map<String, Object> request(String name, String type, Map<String, Object> scope, Map<String, Object> rule) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("startsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        body.put("endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        Map<String, Object> withChannel = new LinkedHashMap<>(scope);
        withChannel.put("channels", List.of(channel));
        body.put("scope", withChannel);
        body.put("rule", rule);
        return body;
    }

    private long draft(String name, String type, Map<String, Object> scope, Map<String, Object> rule) {
        var created = admin.post("/api/v1/promotions", request(name, type, scope, rule));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void promotion(String name, String type, Map<String, Object> scope, Map<String, Object> rule) {
        long id = draft(name, type, scope, rule);
        var activated = admin.post("/api/v1/promotions/" + id + "/activate", Map.of());
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
    }

    private long coupon(Map<String, Object> terms) {
        Map<String, Object> body = new LinkedHashMap<>(terms);
        body.put("name", "满199减30");
        body.put("kind", "SHOP");
        body.put("scope", Map.of("all", true, "channels", List.of(channel)));
        body.put("validDays", 7);
        body.put("totalQuantity", 100);
        body.put("perUserLimit", 1);
        var created = admin.post("/api/v1/coupons/templates", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(admin.post("/api/v1/coupons/templates/" + id + "/activate", Map.of())
                        .status())
                .isEqualTo(200);
        return id;
    }

    private JsonNode quote(String tier, Map<?, ?>... lines) {
        return quote(Map.of(), tier, lines);
    }

    private JsonNode quote(Map<String, Object> extra, String tier, Map<?, ?>... lines) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("channel", channel);
        body.put("memberTier", tier);
        body.put("lines", List.of(lines));
        var response = admin.post("/api/v1/pricing/quote", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode quote = response.json();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode l : quote.get("lines")) {
            sum = sum.add(l.get("final").decimalValue());
        }
        assertThat(sum)
                .as("line finals sum to the total")
                .isEqualByComparingTo(quote.get("total").decimalValue());
        return quote;
    }

    private static Map<String, Object> line(String sku, int quantity) {
        return Map.of("lineId", sku, "skuCode", sku, "quantity", quantity);
    }

    private static JsonNode lineOf(JsonNode quote, String sku) {
        for (JsonNode l : quote.get("lines")) {
            if (l.get("skuCode").asString().equals(sku)) {
                return l;
            }
        }
        throw new AssertionError("no line " + sku);
    }

    private static BigDecimal orderDiscount(JsonNode quote, String sku) {
        return lineOf(quote, sku).get("orderDiscount").decimalValue();
    }

    private static List<String> reasons(JsonNode quote) {
        List<String> reasons = new ArrayList<>();
        quote.get("notApplied")
                .forEach(n -> reasons.add(n.get("reason").get("message").asString()));
        return reasons;
    }

    private static Map<String, Object> categories(String... codes) {
        return Map.of("all", false, "categories", List.of(codes));
    }

    private static Map<String, Object> skus(String... codes) {
        return Map.of("all", false, "skus", List.of(codes));
    }

    private static Map<String, Object> all() {
        return Map.of("all", true);
    }

    private static Map<String, Object> rule(String key, Object value) {
        return Map.of(key, value);
    }

    private static Map<String, Object> tier(int threshold, int off) {
        return Map.of("threshold", threshold, "off", off);
    }

    private String analystName() {
        String name = ApiClient.unique("analyst");
        var created = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        name,
                        "displayName",
                        "Analyst",
                        "password",
                        "analyst-test-password-1",
                        "roles",
                        List.of("ANALYST")));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        return name;
    }
}
