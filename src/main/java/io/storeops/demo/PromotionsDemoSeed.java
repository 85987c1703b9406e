package io.storeops.demo;

import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.SkuPricing;
import io.storeops.promotions.Campaigns;
import io.storeops.promotions.CouponTemplateId;
import io.storeops.promotions.Coupons;
import io.storeops.promotions.Margins;
import io.storeops.promotions.PromotionRequest;
import io.storeops.promotions.PromotionType;
import io.storeops.promotions.Promotions;
import io.storeops.promotions.ScopeSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo promotions: what a shop runs on an ordinary month — a shop-wide 满减, a 家居 每满减 in the same exclusion group (so
 * the engine has to choose), 数码 2件8折, 限时折扣, member prices, 第二件半价, a bundle and a gift — plus two coupons
 * claimed by demo customers, minimum margins per category, and the 双12 campaign in planning with its checklist half
 * done, its expected demand and a draft promotion that would sell below the floor (so the guardrail has something to
 * show). The SKUs are picked from the demo catalog by category and price, so nothing here names a SKU code.
 */
@Component
class PromotionsDemoSeed implements DemoSeed {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> SHOP_CHANNELS = List.of("TMALL", "JD", "DOUYIN", "WEBSHOP");
    private static final List<String> CUSTOMERS = List.of("tb_小鹿", "jd_阿杰", "dy_momo", "tb_老王", "web_lily");

    private final Promotions promotions;
    private final Coupons coupons;
    private final Campaigns campaigns;
    private final Margins margins;
    private final ProductCatalog catalog;
    private final JsonMapper json;
    private final Clock clock;

    PromotionsDemoSeed(
            Promotions promotions,
            Coupons coupons,
            Campaigns campaigns,
            Margins margins,
            ProductCatalog catalog,
            JsonMapper json,
            Clock clock) {
        this.promotions = promotions;
        this.coupons = coupons;
        this.campaigns = campaigns;
        this.margins = margins;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String name() {
        return "promotions, coupons and the 双12 campaign";
    }

    @Override
    public void seed() {
        margins.replace(new Margins.Table(
                new BigDecimal("0.05"),
                List.of(
                        new Margins.CategoryMargin("home", null, new BigDecimal("0.15")),
                        new Margins.CategoryMargin("digital", null, new BigDecimal("0.10")))));
        List<SkuPricing> skus = catalog.allSkuPricing();
        List<SkuPricing> home = inCategory(skus, "home");
        List<SkuPricing> digital = inCategory(skus, "digital");
        Instant now = clock.instant();
        Month month = new Month(now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(27)));
        orderReductions(month);
        priceDiscounts(month, home, digital, now);
        bundleAndGift(month, home, skus);
        coupons();
        double12(home, digital, now);
    }

    /** The month the ordinary promotions run in. */
    private record Month(Instant start, Instant end) {}

    /** A shop-wide 满减 and a 家居 每满减 in the same exclusion group, so the engine has to choose. */
    private void orderReductions(Month month) {
        active(request(
                "全店满199减20/满299减40",
                PromotionType.FULL_REDUCTION,
                month.start(),
                month.end(),
                10,
                "order-reduction",
                ScopeSpec.everything(),
                Map.of("tiers", List.of(tier("199", "20"), tier("299", "40")))));
        active(request(
                "家居每满100减10（封顶50）",
                PromotionType.EVERY_REDUCTION,
                month.start(),
                month.end(),
                5,
                "order-reduction",
                categories("home"),
                Map.of("every", 100, "off", 10, "cap", 50)));
    }

    /** 数码 2件8折, a two-day 限时折扣, a GOLD member price and 第二件半价. */
    private void priceDiscounts(Month month, List<SkuPricing> home, List<SkuPricing> digital, Instant now) {
        active(request(
                "数码2件8折",
                PromotionType.N_FOR_M,
                month.start(),
                month.end(),
                0,
                null,
                categories("digital"),
                Map.of("n", 2, "rate", 8)));
        active(request(
                "限时折扣 8.8折",
                PromotionType.FLASH_DISCOUNT,
                now.minus(Duration.ofHours(6)),
                now.plus(Duration.ofDays(2)),
                0,
                null,
                skus(home.get(0), home.get(1), digital.get(0)),
                Map.of("rate", new BigDecimal("8.8"))));
        SkuPricing memberSku = home.get(2);
        active(request(
                "GOLD 会员价",
                PromotionType.MEMBER_PRICE,
                month.start(),
                month.end(),
                0,
                null,
                skus(memberSku),
                Map.of(
                        "prices",
                        List.of(Map.of(
                                "tier", "GOLD",
                                "skuCode", memberSku.skuCode(),
                                "price", percentOf(memberSku, "0.90"))))));
        active(request(
                "第二件半价",
                PromotionType.NTH_UNIT,
                month.start(),
                month.end(),
                0,
                null,
                skus(home.get(3)),
                Map.of("n", 2, "rate", 5)));
    }

    /** Two 家居 SKUs sold together at 85 %, and the cheapest SKU given away from 299. */
    private void bundleAndGift(Month month, List<SkuPricing> home, List<SkuPricing> skus) {
        SkuPricing first = home.get(4);
        SkuPricing second = home.get(5);
        BigDecimal bundlePrice = first.listPrice()
                .amount()
                .add(second.listPrice().amount())
                .multiply(new BigDecimal("0.85"))
                .setScale(0, RoundingMode.DOWN);
        active(request(
                "家居两件套套装价",
                PromotionType.BUNDLE,
                month.start(),
                month.end(),
                0,
                null,
                skus(first, second),
                Map.of(
                        "items",
                        List.of(
                                Map.of("skuCode", first.skuCode(), "quantity", 1),
                                Map.of("skuCode", second.skuCode(), "quantity", 1)),
                        "price",
                        bundlePrice)));
        SkuPricing gift = skus.stream()
                .min(Comparator.comparing((SkuPricing s) -> s.listPrice().amount())
                        .thenComparing(SkuPricing::skuCode))
                .orElseThrow();
        active(request(
                "满299赠小礼品",
                PromotionType.GIFT,
                month.start(),
                month.end(),
                0,
                null,
                ScopeSpec.everything(),
                Map.of("threshold", 299, "giftSku", gift.skuCode(), "giftQuantity", 1)));
    }

    /** A shop coupon claimed by every demo customer, a 数码 coupon issued to three, and a first-order coupon. */
    private void coupons() {
        CouponTemplateId shopCoupon = coupon(
                "店铺券 满199减15", "SHOP", onShopChannels(ScopeSpec.everything()), "199", "15", null, null, 1000, 2, false);
        CouponTemplateId digitalCoupon = coupon(
                "数码商品券 9折最高减30", "PRODUCT", onShopChannels(categories("digital")), "0", null, "9", "30", 500, 1, false);
        // 下单返券: the buyer of every new order on the shop's channels gets one, once per buyer (a first-order coupon)
        coupon("下单返券 满99减10", "SHOP", onShopChannels(ScopeSpec.everything()), "99", "10", null, null, 5000, 1, true);
        for (String customer : CUSTOMERS) {
            coupons.claim(shopCoupon, customer);
        }
        coupons.issue(digitalCoupon, CUSTOMERS.subList(0, 3));
    }

    /**
     * The next 双12 campaign in planning: its checklist half done, its expected demand, and two draft promotions, one
     * of them selling below the floor.
     */
    private void double12(List<SkuPricing> home, List<SkuPricing> digital, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        LocalDate dec12 = LocalDate.of(
                today.getMonthValue() == 12 && today.getDayOfMonth() > 12 ? today.getYear() + 1 : today.getYear(),
                12,
                12);
        Instant start = dec12.minusDays(2).atStartOfDay(SHANGHAI).toInstant();
        Instant end = dec12.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        var campaign = campaigns.create(new Campaigns.CampaignRequest(
                "双12 年终盛典",
                "主推家居与数码，全店满减叠加店铺券；预热 12/10 开始 / year-end sale around 12.12",
                List.of("TMALL", "JD"),
                start,
                end,
                null));
        var tasks = campaign.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            var task = tasks.get(i);
            campaigns.updateTask(
                    campaign.campaignId(),
                    task.id(),
                    new Campaigns.TaskRequest(null, null, i % 2 == 0 ? "运营-小张" : "客服-阿美", task.dueAt(), i < 2, null));
        }
        List<Campaigns.Expected> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            expected.add(new Campaigns.Expected(home.get(i).skuCode(), 80 + 40 * i));
            expected.add(new Campaigns.Expected(digital.get(i).skuCode(), 150 + 60 * i));
        }
        campaigns.setExpected(campaign.campaignId(), expected);
        draftOf(
                campaign.id(),
                request(
                        "双12 满300减120（待审批）",
                        PromotionType.FULL_REDUCTION,
                        start,
                        end,
                        20,
                        "order-reduction",
                        categories("home"),
                        Map.of("tiers", List.of(tier("300", "120")))));
        draftOf(
                campaign.id(),
                request(
                        "双12 数码满500减60",
                        PromotionType.FULL_REDUCTION,
                        start,
                        end,
                        10,
                        null,
                        categories("digital"),
                        Map.of("tiers", List.of(tier("500", "60")))));
    }

    /** Creates the promotion as a draft of the campaign. */
    private void draftOf(long campaignId, PromotionRequest request) {
        promotions.create(new PromotionRequest(
                request.name(),
                request.type(),
                request.startsAt(),
                request.endsAt(),
                request.priority(),
                request.exclusionGroup(),
                campaignId,
                request.scope(),
                request.rule(),
                null));
    }

    private void active(PromotionRequest request) {
        promotions.activate(promotions.create(request).promotionId());
    }

    private CouponTemplateId coupon(
            String name,
            String kind,
            ScopeSpec scope,
            String threshold,
            String amount,
            String rate,
            String cap,
            int total,
            int perUser,
            boolean autoIssue) {
        CouponTemplateId id = coupons.create(new Coupons.TemplateRequest(
                        name,
                        kind,
                        scope,
                        new BigDecimal(threshold),
                        amount == null ? null : new BigDecimal(amount),
                        rate == null ? null : new BigDecimal(rate),
                        cap == null ? null : new BigDecimal(cap),
                        null,
                        null,
                        30,
                        total,
                        perUser,
                        autoIssue,
                        null))
                .templateId();
        coupons.activate(id);
        return id;
    }

    private PromotionRequest request(
            String name,
            PromotionType type,
            Instant from,
            Instant to,
            int priority,
            String group,
            ScopeSpec scope,
            Map<String, Object> rule) {
        JsonNode node = json.valueToTree(rule);
        return new PromotionRequest(name, type, from, to, priority, group, null, onShopChannels(scope), node, null);
    }

    /** The demo shop's own channels: promotions of other channels (e.g. a test's) never meet these. */
    private static ScopeSpec onShopChannels(ScopeSpec scope) {
        return new ScopeSpec(scope.all(), scope.categories(), scope.skus(), SHOP_CHANNELS, scope.memberTiers());
    }

    private static Map<String, Object> tier(String threshold, String off) {
        return Map.of("threshold", new BigDecimal(threshold), "off", new BigDecimal(off));
    }

    private static BigDecimal percentOf(SkuPricing sku, String factor) {
        return sku.listPrice().amount().multiply(new BigDecimal(factor)).setScale(0, RoundingMode.HALF_UP);
    }

    private static ScopeSpec categories(String... codes) {
        return new ScopeSpec(false, List.of(codes), List.of(), List.of(), List.of());
    }

    private static ScopeSpec skus(SkuPricing... skus) {
        return new ScopeSpec(
                false, List.of(), Arrays.stream(skus).map(SkuPricing::skuCode).toList(), List.of(), List.of());
    }

    private static List<SkuPricing> inCategory(List<SkuPricing> skus, String category) {
        return skus.stream()
                .filter(s -> s.categoryPath().contains(category))
                .sorted(Comparator.comparing(SkuPricing::skuCode))
                .toList();
    }
}
