package io.storeops.promotions;

import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.SkuPricing;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.promotions.engine.Cart;
import io.storeops.promotions.engine.CartLine;
import io.storeops.promotions.engine.CouponOffer;
import io.storeops.promotions.engine.GiftStock;
import io.storeops.promotions.engine.PriceEngine;
import io.storeops.promotions.engine.PriceResult;
import io.storeops.promotions.engine.PricedLine;
import io.storeops.promotions.engine.Promotion;
import io.storeops.promotions.engine.Rule;
import io.storeops.promotions.internal.CouponRepository;
import io.storeops.promotions.internal.MarginRepository;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Money;
import io.storeops.shared.PageResult;
import io.storeops.shared.SortOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price guardrails (价格校准, F5.3). A SKU's floor is cost × (1 + the minimum margin of its category, or the default),
 * rounded half-up to the fen. Its <em>lowest reachable price</em> in a window is found by pricing, with the real engine,
 * the carts a customer could build to push it down: 1–5 units and the unit counts that reach every multi-buy group and
 * every order-level or coupon threshold, each bundle that contains it, for every member tier and channel the
 * promotions name, at the start of the window and whenever a promotion starts inside it, holding the best shop and
 * product coupon on offer. The lowest line final per unit over those carts is the figure; gifts are not sales.
 */
@Service
public class PriceGuard {

    private static final int MAX_UNITS = 999;
    private static final String ANY_CHANNEL = "*";
    private static final java.time.format.DateTimeFormatter SHANGHAI_MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private final ProductCatalog catalog;
    private final io.storeops.catalog.Categories categoryNames;
    private final MarginRepository margins;
    private final CouponRepository coupons;
    private final AuditLog audit;

    PriceGuard(
            ProductCatalog catalog,
            io.storeops.catalog.Categories categoryNames,
            MarginRepository margins,
            CouponRepository coupons,
            AuditLog audit) {
        this.catalog = catalog;
        this.categoryNames = categoryNames;
        this.margins = margins;
        this.coupons = coupons;
        this.audit = audit;
    }

    /** A SKU that could be sold below its floor, with the cart that does it. */
    public record FloorViolation(
            String skuCode,
            String title,
            Money listPrice,
            Money cost,
            Money floor,
            Money lowestPrice,
            String explanation) {}

    /** One row of the price preview. */
    public record PreviewRow(
            String skuCode,
            String title,
            String categoryCode,
            String categoryName,
            Money listPrice,
            Money cost,
            Money floor,
            Money lowestPrice,
            String explanation,
            boolean belowFloor) {}

    /** The minimum margins: the default and per category (fractions: 0.10 = 10 %). */
    public record Margins(BigDecimal defaultMargin, List<CategoryMargin> categories) {}

    public record CategoryMargin(String categoryCode, String categoryName, BigDecimal minMargin) {}

    /** SKUs the candidate covers that, with it and the other promotions, could sell below their floor. */
    @Transactional(readOnly = true)
    public List<FloorViolation> floorViolations(Promotion candidate, List<Promotion> others) {
        List<Promotion> all = new ArrayList<>(others);
        all.add(candidate);
        List<SkuPricing> skus = catalog.allSkuPricing();
        Map<String, SkuPricing> bySku = skus.stream().collect(Collectors.toMap(SkuPricing::skuCode, s -> s));
        Map<String, BigDecimal> marginTable = margins.all();
        List<CouponOffer> offers = couponOffers();
        List<FloorViolation> result = new ArrayList<>();
        for (SkuPricing sku : skus) {
            if (!covers(candidate, sku)) {
                continue;
            }
            long floor = floorFen(sku, marginTable);
            // carts on channels the candidate does not cover cannot involve it
            Set<String> channels = candidate.scope().channels();
            Lowest lowest = lowest(sku, bySku, all, offers, candidate.startsAt(), candidate.endsAt(), channels);
            // only what the candidate itself pushes under the floor: others were checked (or approved) on their own
            if (lowest.unitFen() < floor
                    && lowest.unitFen()
                            < lowest(sku, bySku, others, offers, candidate.startsAt(), candidate.endsAt(), channels)
                                    .unitFen()) {
                result.add(new FloorViolation(
                        sku.skuCode(),
                        sku.title(),
                        sku.listPrice(),
                        sku.cost(),
                        money(floor),
                        money(lowest.unitFen()),
                        lowest.explanation()));
            }
        }
        return result;
    }

    /** The lowest reachable unit price of every SKU in a window against its floor; filtered, sorted, one page. */
    @Transactional(readOnly = true)
    public PageResult<PreviewRow> preview(
            List<Promotion> active,
            Instant from,
            Instant to,
            String channel,
            String q,
            boolean belowFloorOnly,
            String sort,
            int page,
            int size) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new FieldErrorException("to", "结束时间须晚于开始时间 / the end must be after the start");
        }
        List<Promotion> inWindow = active.stream()
                .filter(p -> p.startsAt().isBefore(to) && p.endsAt().isAfter(from))
                .toList();
        List<SkuPricing> skus = catalog.allSkuPricing();
        Map<String, SkuPricing> bySku = skus.stream().collect(Collectors.toMap(SkuPricing::skuCode, s -> s));
        Map<String, BigDecimal> marginTable = margins.all();
        List<CouponOffer> offers = couponOffers();
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(java.util.Locale.ROOT);
        List<PreviewRow> rows = new ArrayList<>();
        for (SkuPricing sku : skus) {
            if (needle != null
                    && !sku.skuCode().toLowerCase(java.util.Locale.ROOT).contains(needle)
                    && !sku.title().toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                continue;
            }
            long floor = floorFen(sku, marginTable);
            Lowest lowest = lowest(
                    sku,
                    bySku,
                    inWindow,
                    offers,
                    from,
                    to,
                    channel == null || channel.isBlank() ? Set.of() : Set.of(channel));
            boolean below = lowest.unitFen() < floor;
            if (belowFloorOnly && !below) {
                continue;
            }
            rows.add(new PreviewRow(
                    sku.skuCode(),
                    sku.title(),
                    sku.categoryCode(),
                    sku.categoryName(),
                    sku.listPrice(),
                    sku.cost(),
                    money(floor),
                    money(lowest.unitFen()),
                    lowest.explanation(),
                    below));
        }
        rows.sort(comparator(sort));
        int fromIndex = Math.min(rows.size(), page * size);
        return new PageResult<>(
                rows.subList(fromIndex, Math.min(rows.size(), fromIndex + size)), rows.size(), page, size);
    }

    @Transactional(readOnly = true)
    public Margins margins() {
        Map<String, BigDecimal> table = margins.all();
        List<CategoryMargin> categories = new ArrayList<>();
        table.forEach((code, margin) -> {
            if (!MarginRepository.DEFAULT.equals(code)) {
                String name =
                        categoryNames.findByCode(code).map(c -> c.nameZh()).orElse(code);
                categories.add(new CategoryMargin(code, name, margin));
            }
        });
        return new Margins(table.getOrDefault(MarginRepository.DEFAULT, BigDecimal.ZERO), categories);
    }

    @Transactional
    public Margins updateMargins(Margins update) {
        List<FieldErrorException.Error> errors = new ArrayList<>();
        checkMargin(update.defaultMargin(), "defaultMargin", errors);
        Map<String, BigDecimal> table = new java.util.LinkedHashMap<>();
        table.put(MarginRepository.DEFAULT, update.defaultMargin());
        List<CategoryMargin> categories = update.categories() == null ? List.of() : update.categories();
        for (int i = 0; i < categories.size(); i++) {
            CategoryMargin c = categories.get(i);
            if (c.categoryCode() == null || c.categoryCode().isBlank()) {
                errors.add(new FieldErrorException.Error("categories[" + i + "].categoryCode", "必填 / required"));
                continue;
            }
            checkMargin(c.minMargin(), "categories[" + i + "].minMargin", errors);
            table.put(c.categoryCode().strip(), c.minMargin());
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorException(errors);
        }
        Margins before = margins();
        margins.replaceAll(table);
        Margins after = margins();
        audit.record(AuditAction.UPDATE, "price-floor-margins", "all", "Minimum margins", before, after);
        return after;
    }

    private static void checkMargin(BigDecimal margin, String field, List<FieldErrorException.Error> errors) {
        if (margin == null || margin.signum() < 0 || margin.compareTo(BigDecimal.TEN) >= 0 || margin.scale() > 4) {
            errors.add(new FieldErrorException.Error(
                    field, "毛利率须在 0 到 10 之间（0.1 = 10 %） / a margin between 0 and 10 (0.1 = 10 %)"));
        }
    }

    /** The floor of a SKU in fen: cost × (1 + margin), half-up. */
    static long floorFen(SkuPricing sku, Map<String, BigDecimal> marginTable) {
        BigDecimal margin = sku.categoryPath().stream()
                .map(marginTable::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(marginTable.getOrDefault(MarginRepository.DEFAULT, BigDecimal.ZERO));
        return sku.cost()
                .amount()
                .multiply(BigDecimal.ONE.add(margin))
                .setScale(2, RoundingMode.HALF_UP)
                .movePointRight(2)
                .longValueExact();
    }

    private List<CouponOffer> couponOffers() {
        return coupons.active().stream()
                .map(t -> CouponOffers.of(t, "template-" + t.id()))
                .toList();
    }

    private record Lowest(long unitFen, String explanation) {}

    private Lowest lowest(
            SkuPricing sku,
            Map<String, SkuPricing> bySku,
            List<Promotion> promotions,
            List<CouponOffer> offers,
            Instant from,
            Instant to,
            Set<String> onlyChannels) {
        long list = fen(sku.listPrice());
        CartLine probe = line(sku, 1);
        List<Promotion> relevant = promotions.stream()
                .filter(p -> p.scope().coversLine(probe) || bundleHolds(p, sku.skuCode()))
                .toList();
        List<CouponOffer> relevantOffers =
                offers.stream().filter(o -> o.scope().coversLine(probe)).toList();
        if (relevant.isEmpty() && relevantOffers.isEmpty()) {
            return new Lowest(list, "无适用优惠，按标价 / no promotion applies: list price");
        }
        Set<Instant> instants = new TreeSet<>();
        instants.add(from);
        relevant.forEach(p -> {
            if (p.startsAt().isAfter(from) && p.startsAt().isBefore(to)) {
                instants.add(p.startsAt());
            }
        });
        Set<String> tiers = new LinkedHashSet<>();
        tiers.add(null);
        Set<String> channels = new LinkedHashSet<>();
        if (!onlyChannels.isEmpty()) {
            channels.addAll(onlyChannels);
        } else {
            channels.add(ANY_CHANNEL);
        }
        Set<Integer> quantities = new TreeSet<>(List.of(1, 2, 3, 4, 5));
        for (Promotion p : relevant) {
            tiers.addAll(p.scope().memberTiers());
            if (onlyChannels.isEmpty()) {
                channels.addAll(p.scope().channels());
            }
            switch (p.rule()) {
                case Rule.MemberPrice m -> tiers.addAll(m.prices().keySet());
                case Rule.NForM m -> quantities.addAll(List.of(m.n(), 2 * m.n()));
                case Rule.NthUnit m -> quantities.addAll(List.of(m.n(), 2 * m.n()));
                case Rule.TieredReduction t ->
                    t.tiers().forEach(tier -> quantities.addAll(unitsToReach(tier.thresholdFen(), list)));
                case Rule.EveryReduction e -> {
                    quantities.addAll(unitsToReach(e.everyFen(), list));
                    if (e.capFen() > 0) {
                        quantities.addAll(unitsToReach(e.everyFen() * (e.capFen() / Math.max(1, e.offFen())), list));
                    }
                }
                case Rule.QuantityRate r -> r.tiers().forEach(t -> quantities.add(t.minUnits()));
                default -> {}
            }
        }
        relevantOffers.forEach(o -> quantities.addAll(unitsToReach(o.thresholdFen(), list)));
        quantities.removeIf(qty -> qty < 1 || qty > MAX_UNITS);

        long best = list;
        String how = "标价 / list price";
        for (Instant at : instants) {
            for (String channel : channels) {
                for (String tier : tiers) {
                    for (int quantity : quantities) {
                        Cart cart = new Cart(channel, tier, at, List.of(line(sku, quantity)), relevantOffers);
                        PriceResult result = PriceEngine.price(cart, relevant, GiftStock.of(Set.of()));
                        PricedLine priced = result.lines().getFirst();
                        long unit = priced.finalFen() / quantity;
                        if (unit < best) {
                            best = unit;
                            how = describe(quantity, tier, channel, at, result);
                        }
                    }
                    for (Promotion p : relevant) {
                        if (p.rule() instanceof Rule.Bundle bundle
                                && bundle.items().containsKey(sku.skuCode())) {
                            Lowest viaBundle = bundleUnit(sku, bundle, bySku, p, channel, tier, at, relevantOffers);
                            if (viaBundle != null && viaBundle.unitFen() < best) {
                                best = viaBundle.unitFen();
                                how = viaBundle.explanation();
                            }
                        }
                    }
                }
            }
        }
        return new Lowest(best, how);
    }

    private Lowest bundleUnit(
            SkuPricing sku,
            Rule.Bundle bundle,
            Map<String, SkuPricing> bySku,
            Promotion promotion,
            String channel,
            String tier,
            Instant at,
            List<CouponOffer> offers) {
        List<CartLine> lines = new ArrayList<>();
        for (var item : bundle.items().entrySet()) {
            SkuPricing other = bySku.get(item.getKey());
            if (other == null) {
                return null; // the bundle names a SKU the catalog does not have: it can never be bought
            }
            lines.add(line(other, item.getValue()));
        }
        PriceResult result = PriceEngine.price(
                new Cart(channel, tier, at, lines, offers), List.of(promotion), GiftStock.of(Set.of()));
        PricedLine priced = result.line(sku.skuCode());
        int quantity = bundle.items().get(sku.skuCode());
        return new Lowest(
                priced.finalFen() / quantity, describe(quantity, tier, channel, at, result) + " (套装 / bundle)");
    }

    private static String describe(int quantity, String tier, String channel, Instant at, PriceResult result) {
        String applied = result.applied().stream().map(a -> a.name()).collect(Collectors.joining(" + "));
        String time = SHANGHAI_MINUTES.format(at);
        return "买 %d 件%s%s，%s 起：%s / buy %d%s%s from %s: %s"
                .formatted(
                        quantity,
                        tier == null ? "" : "，会员 " + tier,
                        ANY_CHANNEL.equals(channel) ? "" : "，" + channel,
                        time,
                        applied,
                        quantity,
                        tier == null ? "" : ", member " + tier,
                        ANY_CHANNEL.equals(channel) ? "" : ", " + channel,
                        time,
                        applied);
    }

    private static boolean covers(Promotion p, SkuPricing sku) {
        return p.scope().coversLine(line(sku, 1)) || bundleHolds(p, sku.skuCode());
    }

    private static boolean bundleHolds(Promotion p, String skuCode) {
        return p.rule() instanceof Rule.Bundle b && b.items().containsKey(skuCode);
    }

    /** Units of a SKU at its list price needed to reach an amount (and one more, in case discounts pull it under). */
    private static List<Integer> unitsToReach(long thresholdFen, long unitFen) {
        if (thresholdFen <= 0 || unitFen <= 0) {
            return List.of();
        }
        long units = (thresholdFen + unitFen - 1) / unitFen;
        return units > MAX_UNITS ? List.of() : List.of((int) units, (int) units + 1);
    }

    static CartLine line(SkuPricing sku, int quantity) {
        return new CartLine(
                sku.skuCode(), sku.skuCode(), Set.copyOf(sku.categoryPath()), fen(sku.listPrice()), quantity);
    }

    private static long fen(Money money) {
        return money.amount().movePointRight(2).longValueExact();
    }

    static Money money(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }

    private static final List<String> PREVIEW_SORTS =
            List.of("skuCode", "lowestPrice", "floor", "listPrice", "title", "margin");

    private static Comparator<PreviewRow> comparator(String sort) {
        SortOrder order = SortOrder.parse(sort, PREVIEW_SORTS, true).orElse(new SortOrder("skuCode", true));
        Comparator<PreviewRow> c = switch (order.field()) {
            case "lowestPrice" -> Comparator.comparing(PreviewRow::lowestPrice);
            case "floor" -> Comparator.comparing(PreviewRow::floor);
            case "listPrice" -> Comparator.comparing(PreviewRow::listPrice);
            case "title" -> Comparator.comparing(PreviewRow::title);
            case "margin" ->
                Comparator.comparing(
                        r -> r.lowestPrice().amount().subtract(r.floor().amount()));
            default -> Comparator.comparing(PreviewRow::skuCode);
        };
        return order.ascending() ? c : c.reversed();
    }
}
