package io.storeops.demo;

import io.storeops.catalog.Categories;
import io.storeops.catalog.CategoryNode;
import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.ChannelView;
import io.storeops.catalog.Channels;
import io.storeops.catalog.ListingStatus;
import io.storeops.catalog.ListingView;
import io.storeops.catalog.Listings;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDraft;
import io.storeops.catalog.ProductId;
import io.storeops.catalog.SkuDraft;
import io.storeops.demo.DemoCatalogData.Line;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo catalog: 165 products with about 600 SKUs over five top categories, listed on the four channels. Some
 * listings break real rules — absolute claims in titles, too few images, missing attributes or detail pages, prices
 * under the floor — so there is something to fix. The first bedding product's Tmall listing is held back by one
 * forbidden word only.
 */
@Component
class CatalogDemoSeed implements DemoSeed {

    static final int PRODUCTS_PER_LINE = 11;

    private final Categories categories;
    private final ProductCatalog catalog;
    private final Listings listings;
    private final Channels channels;

    CatalogDemoSeed(Categories categories, ProductCatalog catalog, Listings listings, Channels channels) {
        this.categories = categories;
        this.catalog = catalog;
        this.listings = listings;
        this.channels = channels;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "catalog (categories, products, SKUs, channel listings)";
    }

    @Override
    public void seed() {
        Map<String, Long> categoryIds = seedCategories();
        Map<String, ChannelRules> rules =
                channels.list().stream().collect(Collectors.toMap(ChannelView::code, ChannelView::rules));
        var random = new Random(20261125L);
        List<ProductDraft> drafts = new ArrayList<>();
        for (Line line : DemoCatalogData.LINES) {
            for (int i = 0; i < PRODUCTS_PER_LINE; i++) {
                drafts.add(product(line, i, drafts.size(), categoryIds.get(line.category()), random));
            }
        }
        List<Long> ids = catalog.createAll(drafts, "demo store");
        for (int g = 0; g < ids.size(); g++) {
            seedListings(g, new ProductId(ids.get(g)), drafts.get(g), rules, random);
        }
    }

    private Map<String, Long> seedCategories() {
        Map<String, Long> ids = new HashMap<>();
        for (var c : DemoCatalogData.CATEGORIES) {
            Long parent = c.parent() == null ? null : ids.get(c.parent());
            CategoryNode node = categories
                    .findByCode(c.code())
                    .orElseGet(
                            () -> categories.create(c.code(), c.nameZh(), c.nameEn(), parent, c.requiredAttributes()));
            ids.put(c.code(), node.id());
        }
        return ids;
    }

    private ProductDraft product(Line line, int i, int g, long categoryId, Random random) {
        String spu = "%s-%03d".formatted(line.prefix(), i + 1);
        String brand = pick(line.brands(), i);
        String title = i == 0 && g == 0
                ? "南山织造新疆长绒棉四件套 纯棉床单被套 简约北欧风 1.8m床品"
                : brand + pick(line.adjectives(), i + g) + pick(line.nouns(), i) + " " + pick(line.keywords(), i) + " "
                        + pick(line.keywords(), i + 3);
        int imageCount = g % 11 == 10 ? 3 : 5;
        List<String> images = new ArrayList<>();
        for (int n = 1; n <= imageCount; n++) {
            images.add("/demo-images/" + spu + "/" + n + ".svg");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        line.attributes().forEach((name, values) -> attributes.put(name, pick(values, i)));
        if (g % 9 == 8) {
            attributes.remove(attributes.keySet().iterator().next());
        }
        String detail = g % 19 == 18 ? "" : detailHtml(title, attributes, spu);
        return new ProductDraft(spu, title, categoryId, brand, detail, images, attributes, skus(line, spu, g, random));
    }

    private static List<SkuDraft> skus(Line line, String spu, int g, Random random) {
        int first = Math.min(line.values1().size(), 2 + g % 3);
        int second = Math.min(line.values2().size(), 1 + g % 3);
        BigDecimal baseCost = BigDecimal.valueOf(line.minCost() + random.nextInt(line.maxCost() - line.minCost() + 1));
        double markup = 1.8 + random.nextInt(9) / 10.0;
        List<SkuDraft> skus = new ArrayList<>();
        for (int a = 0; a < first; a++) {
            for (int b = 0; b < second; b++) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put(line.axis1(), line.values1().get(a));
                attributes.put(line.axis2(), line.values2().get(b));
                BigDecimal cost =
                        baseCost.multiply(BigDecimal.valueOf(1 + 0.15 * b)).setScale(2, RoundingMode.HALF_UP);
                Money listPrice = pricePoint(cost.multiply(BigDecimal.valueOf(markup)));
                String code = "%s-%d%d".formatted(spu, a + 1, b + 1);
                String barcode = "69%011d".formatted(Math.abs((long) (spu + code).hashCode()) % 100_000_000_000L);
                skus.add(new SkuDraft(code, barcode, attributes, Money.of(cost), listPrice));
            }
        }
        return skus;
    }

    private void seedListings(int g, ProductId id, ProductDraft draft, Map<String, ChannelRules> rules, Random random) {
        Money lowestList = draft.skus().stream()
                .map(SkuDraft::listPrice)
                .min(Money::compareTo)
                .orElseThrow();
        Money highestCost =
                draft.skus().stream().map(SkuDraft::cost).max(Money::compareTo).orElseThrow();
        if (g % 5 != 4) {
            String title = g == 0
                    ? "顶级" + shorten(draft.title(), rules.get("TMALL"), 4)
                    : tmallTitle(g, draft, rules.get("TMALL"));
            list(
                    id,
                    "TMALL",
                    title,
                    fitFloor(
                            pricePoint(lowestList.amount().multiply(new BigDecimal("0.92"))),
                            highestCost,
                            rules.get("TMALL")),
                    g == 0 ? ListingStatus.DRAFT : status(g));
        }
        if (g % 3 != 2) {
            list(
                    id,
                    "JD",
                    shorten(draft.title(), rules.get("JD"), 0),
                    fitFloor(lowestList, highestCost, rules.get("JD")),
                    status(g + 1));
        }
        if (g % 2 == 0) {
            Money price = g % 17 == 16
                    ? highestCost.times(new BigDecimal("1.02"))
                    : fitFloor(
                            pricePoint(lowestList.amount().multiply(new BigDecimal("0.85"))),
                            highestCost,
                            rules.get("DOUYIN"));
            list(id, "DOUYIN", shorten(draft.title(), rules.get("DOUYIN"), 0), price, status(g + 2));
        }
        list(id, "WEBSHOP", draft.title(), lowestList, status(g + 3));
    }

    private static String tmallTitle(int g, ProductDraft draft, ChannelRules tmall) {
        if (g % 7 == 3) {
            String claim = DemoCatalogData.CLAIMS.get(g % DemoCatalogData.CLAIMS.size());
            return claim + shorten(draft.title(), tmall, tmall.titleCounting().count(claim));
        }
        if (g % 23 == 22) {
            return draft.title() + " 官方旗舰店正品保障 顺丰包邮 七天无理由退换 送运费险";
        }
        return shorten(draft.title(), tmall, 0);
    }

    private void list(ProductId id, String channel, String title, Money price, ListingStatus wanted) {
        ListingView listing = listings.createDraft(id, channel);
        listing = listings.update(listing.id(), title, price, listing.images(), listing.version());
        boolean compliant = listing.violations().stream().noneMatch(v -> v.isBlocking());
        if (!compliant || wanted == ListingStatus.DRAFT) {
            return;
        }
        listings.transition(listing.id(), ListingStatus.READY);
        if (wanted == ListingStatus.LISTED || wanted == ListingStatus.DELISTED) {
            listings.transition(listing.id(), ListingStatus.LISTED);
        }
        if (wanted == ListingStatus.DELISTED) {
            listings.transition(listing.id(), ListingStatus.DELISTED);
        }
    }

    private static ListingStatus status(int n) {
        return switch (n % 10) {
            case 7 -> ListingStatus.READY;
            case 9 -> ListingStatus.DELISTED;
            case 5 -> ListingStatus.DRAFT;
            default -> ListingStatus.LISTED;
        };
    }

    /** Drops trailing words until the title fits the channel's limit, leaving room for {@code reserve} units. */
    private static String shorten(String title, ChannelRules rules, int reserve) {
        String result = title;
        while (rules.titleCounting().count(result) + reserve > rules.maxTitleUnits()) {
            int space = result.lastIndexOf(' ');
            result = space > 0 ? result.substring(0, space) : result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static Money fitFloor(Money price, Money highestCost, ChannelRules rules) {
        Money floor = rules.floorFor(highestCost);
        return price.isLessThan(floor) ? pricePoint(floor.amount().multiply(new BigDecimal("1.05"))) : price;
    }

    /** Rounds up to a shop price: ¥x.9 under ¥30, otherwise ¥…9. */
    static Money pricePoint(BigDecimal raw) {
        if (raw.compareTo(BigDecimal.valueOf(30)) < 0) {
            return Money.of(raw.setScale(0, RoundingMode.UP).subtract(new BigDecimal("0.1")));
        }
        return Money.of(raw.divide(BigDecimal.TEN, 0, RoundingMode.UP)
                .multiply(BigDecimal.TEN)
                .subtract(BigDecimal.ONE));
    }

    private static String detailHtml(String title, Map<String, String> attributes, String spu) {
        var rows = attributes.entrySet().stream()
                .map(e -> "<tr><th>" + e.getKey() + "</th><td>" + e.getValue() + "</td></tr>")
                .collect(Collectors.joining());
        return "<h3>" + title + "</h3>"
                + "<p>精选原料，严格品控，每一件出厂前都经过质检。支持七天无理由退换，下单后 48 小时内发货。</p>"
                + "<table><tbody>" + rows + "</tbody></table>"
                + "<p><img src=\"/demo-images/" + spu + "/detail.svg\" alt=\"" + title + " 详情\"></p>";
    }

    private static String pick(List<String> values, int n) {
        return values.get(Math.floorMod(n, values.size()));
    }
}
