package io.storeops.promotions;

import io.storeops.catalog.SkuPricing;
import io.storeops.promotions.engine.Cart;
import io.storeops.promotions.engine.CartLine;
import io.storeops.promotions.engine.CouponOffer;
import io.storeops.promotions.engine.GiftStock;
import io.storeops.promotions.engine.PriceEngine;
import io.storeops.promotions.engine.PriceResult;
import io.storeops.promotions.engine.PricedLine;
import io.storeops.promotions.engine.Promotion;
import io.storeops.promotions.engine.Rule;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The search for the lowest unit price a customer can reach for a SKU in a window: it prices, with the real engine,
 * the carts a customer could build to push it down — 1–5 units and the unit counts that reach every multi-buy group
 * and every order-level or coupon threshold, each bundle that contains it, for every member tier and channel the
 * promotions name, at the start of the window and whenever a promotion starts inside it, holding the coupons on offer.
 * The lowest line final per unit over those carts is the figure; the first cart that reaches it explains it.
 */
final class LowestPrice {

    private static final int MAX_UNITS = 999;
    private static final String ANY_CHANNEL = "*";

    /** The lowest unit price found, in fen, and the cart that reaches it. */
    record Lowest(long unitFen, Message explanation) {}

    /** The carts to try for one SKU: every instant, channel, member tier (null: none) and unit count. */
    private record Carts(Set<Instant> instants, Set<String> channels, Set<String> tiers, Set<Integer> quantities) {}

    private final Map<String, SkuPricing> bySku;
    private final List<CouponOffer> offers;
    private final Instant from;
    private final Instant to;
    private final Set<String> onlyChannels;

    /**
     * @param bySku every SKU of the catalog, for the other items of a bundle
     * @param offers the coupons on offer
     * @param onlyChannels the channels to search (empty: any channel and every channel the promotions name)
     */
    LowestPrice(
            Map<String, SkuPricing> bySku,
            List<CouponOffer> offers,
            Instant from,
            Instant to,
            Set<String> onlyChannels) {
        this.bySku = bySku;
        this.offers = offers;
        this.from = from;
        this.to = to;
        this.onlyChannels = onlyChannels;
    }

    /** The lowest unit price of {@code sku} reachable with these promotions (and the coupons on offer). */
    Lowest of(SkuPricing sku, List<Promotion> promotions) {
        long list = fen(sku.listPrice());
        CartLine probe = line(sku, 1);
        List<Promotion> relevant = promotions.stream()
                .filter(p -> p.scope().coversLine(probe) || bundleHolds(p, sku.skuCode()))
                .toList();
        List<CouponOffer> relevantOffers =
                offers.stream().filter(o -> o.scope().coversLine(probe)).toList();
        if (relevant.isEmpty() && relevantOffers.isEmpty()) {
            return new Lowest(list, Message.of(PromotionsMessage.NO_PROMOTION_LIST_PRICE));
        }
        Carts carts = new Carts(
                instants(relevant), channels(relevant), tiers(relevant), quantities(relevant, relevantOffers, list));
        return cheapest(sku, list, relevant, relevantOffers, carts);
    }

    /** Whether the promotion can price the SKU: its scope covers it, or it is a bundle that holds it. */
    static boolean covers(Promotion p, SkuPricing sku) {
        return p.scope().coversLine(line(sku, 1)) || bundleHolds(p, sku.skuCode());
    }

    private Set<Instant> instants(List<Promotion> relevant) {
        Set<Instant> instants = new TreeSet<>();
        instants.add(from);
        relevant.forEach(p -> {
            if (p.startsAt().isAfter(from) && p.startsAt().isBefore(to)) {
                instants.add(p.startsAt());
            }
        });
        return instants;
    }

    private Set<String> channels(List<Promotion> relevant) {
        Set<String> channels = new LinkedHashSet<>();
        if (!onlyChannels.isEmpty()) {
            channels.addAll(onlyChannels);
            return channels;
        }
        channels.add(ANY_CHANNEL);
        relevant.forEach(p -> channels.addAll(p.scope().channels()));
        return channels;
    }

    private static Set<String> tiers(List<Promotion> relevant) {
        Set<String> tiers = new LinkedHashSet<>();
        tiers.add(null);
        for (Promotion p : relevant) {
            tiers.addAll(p.scope().memberTiers());
            if (p.rule() instanceof Rule.MemberPrice m) {
                tiers.addAll(m.prices().keySet());
            }
        }
        return tiers;
    }

    private static Set<Integer> quantities(List<Promotion> relevant, List<CouponOffer> relevantOffers, long list) {
        Set<Integer> quantities = new TreeSet<>(List.of(1, 2, 3, 4, 5));
        for (Promotion p : relevant) {
            switch (p.rule()) {
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
        return quantities;
    }

    private Lowest cheapest(
            SkuPricing sku, long list, List<Promotion> relevant, List<CouponOffer> relevantOffers, Carts carts) {
        Lowest best = new Lowest(list, Message.of(PromotionsMessage.LIST_PRICE));
        for (Instant at : carts.instants()) {
            for (String channel : carts.channels()) {
                for (String tier : carts.tiers()) {
                    for (int quantity : carts.quantities()) {
                        best = units(best, sku, quantity, channel, tier, at, relevant, relevantOffers);
                    }
                    for (Promotion p : relevant) {
                        if (p.rule() instanceof Rule.Bundle bundle
                                && bundle.items().containsKey(sku.skuCode())) {
                            best = lower(best, bundleUnit(sku, bundle, p, channel, tier, at, relevantOffers));
                        }
                    }
                }
            }
        }
        return best;
    }

    /** The cheaper of the two, {@code best} on a tie; {@code candidate} may be null (no such cart). */
    private static Lowest lower(Lowest best, Lowest candidate) {
        return candidate != null && candidate.unitFen() < best.unitFen() ? candidate : best;
    }

    /** {@code best}, or the cart of {@code quantity} units of the SKU alone when it is cheaper per unit. */
    private static Lowest units(
            Lowest best,
            SkuPricing sku,
            int quantity,
            String channel,
            String tier,
            Instant at,
            List<Promotion> relevant,
            List<CouponOffer> relevantOffers) {
        Cart cart = new Cart(channel, tier, at, List.of(line(sku, quantity)), relevantOffers);
        PriceResult result = PriceEngine.price(cart, relevant, GiftStock.of(Set.of()));
        PricedLine priced = result.lines().getFirst();
        long unit = priced.finalFen() / quantity;
        return unit < best.unitFen() ? new Lowest(unit, describe(quantity, tier, channel, at, result)) : best;
    }

    private Lowest bundleUnit(
            SkuPricing sku,
            Rule.Bundle bundle,
            Promotion promotion,
            String channel,
            String tier,
            Instant at,
            List<CouponOffer> relevantOffers) {
        List<CartLine> lines = new ArrayList<>();
        for (var item : bundle.items().entrySet()) {
            SkuPricing other = bySku.get(item.getKey());
            if (other == null) {
                return null; // the bundle names a SKU the catalog does not have: it can never be bought
            }
            lines.add(line(other, item.getValue()));
        }
        PriceResult result = PriceEngine.price(
                new Cart(channel, tier, at, lines, relevantOffers), List.of(promotion), GiftStock.of(Set.of()));
        PricedLine priced = result.line(sku.skuCode());
        int quantity = bundle.items().get(sku.skuCode());
        return new Lowest(
                priced.finalFen() / quantity,
                Message.of(PromotionsMessage.BUNDLE_CART, "cart", describe(quantity, tier, channel, at, result)));
    }

    private static Message describe(int quantity, String tier, String channel, Instant at, PriceResult result) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("quantity", quantity);
        if (tier != null) {
            args.put("tier", tier);
        }
        boolean anyChannel = ANY_CHANNEL.equals(channel);
        if (!anyChannel) {
            args.put("channel", channel);
        }
        args.put("from", at.toString());
        args.put("applied", result.applied().stream().map(a -> a.name()).toList());
        PromotionsMessage code = tier == null
                ? (anyChannel ? PromotionsMessage.LOWEST_CART : PromotionsMessage.LOWEST_CART_CHANNEL)
                : (anyChannel ? PromotionsMessage.LOWEST_CART_TIER : PromotionsMessage.LOWEST_CART_TIER_CHANNEL);
        return Message.of(code, args);
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

    private static CartLine line(SkuPricing sku, int quantity) {
        return new CartLine(
                sku.skuCode(), sku.skuCode(), Set.copyOf(sku.categoryPath()), fen(sku.listPrice()), quantity);
    }

    private static long fen(Money money) {
        return money.amount().movePointRight(2).longValueExact();
    }
}
