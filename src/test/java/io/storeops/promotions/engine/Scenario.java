package io.storeops.promotions.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random carts, promotions and coupons for the property tests, built from a seed so that every case is reproducible:
 * 1–20 lines of distinct SKUs (from a pool of 20 SKUs in 4 categories), prices 0.01–2000.00, quantities 1–5, and
 * promotions of every kind in up to three exclusion groups; a quarter of the scenarios have aggressive order-level
 * discounts that reach the line caps.
 */
record Scenario(Cart cart, List<Promotion> itemAndMultiBuy, List<Promotion> orderLevel, GiftStock giftStock) {

    static final Instant NOW = Fixtures.NOW;
    static final int SKUS = 20;
    static final String[] GROUPS = {null, null, "g1", "g2", "g3"};

    List<Promotion> promotions() {
        List<Promotion> all = new ArrayList<>(itemAndMultiBuy);
        all.addAll(orderLevel);
        return all;
    }

    PriceResult price() {
        return PriceEngine.price(cart, promotions(), giftStock);
    }

    static Scenario random(long seed) {
        return random(seed, false);
    }

    /** {@code large}: up to 20 multi-buy and 15 order-level promotions, beyond the exhaustive search limits. */
    static Scenario random(long seed, boolean large) {
        Random r = new Random(seed);
        List<Integer> skus = new ArrayList<>();
        for (int i = 0; i < SKUS; i++) {
            skus.add(i);
        }
        java.util.Collections.shuffle(skus, r);
        int lineCount = 1 + r.nextInt(20);
        List<CartLine> lines = new ArrayList<>();
        for (int k = 0; k < lineCount; k++) {
            int sku = skus.get(k);
            lines.add(new CartLine("L" + k, sku(sku), categories(sku), price(r), 1 + r.nextInt(5)));
        }
        List<CouponOffer> coupons = new ArrayList<>();
        int couponCount = r.nextInt(7);
        for (int k = 0; k < couponCount; k++) {
            coupons.add(coupon(r, "Q" + k));
        }
        Cart cart = new Cart("web", r.nextBoolean() ? "gold" : null, NOW, lines, coupons);
        List<Promotion> early = new ArrayList<>();
        int id = 0;
        for (int k = r.nextInt(4); k > 0; k--) {
            early.add(itemPromotion(r, "P" + id++));
        }
        for (int k = r.nextInt(large ? 21 : 5); k > 0; k--) {
            early.add(multiBuy(r, "P" + id++));
        }
        List<Promotion> order = new ArrayList<>();
        boolean aggressive = r.nextInt(4) == 0;
        for (int k = r.nextInt(large ? 16 : 6); k > 0; k--) {
            order.add(orderLevel(r, "P" + id++, aggressive));
        }
        return new Scenario(cart, early, order, GiftStock.of(Set.of("GIFT0", "GIFT1")));
    }

    static String sku(int i) {
        return "K" + i;
    }

    static Set<String> categories(int sku) {
        return Set.of("c" + (sku % 4), "root");
    }

    static long price(Random r) {
        return r.nextInt(10) == 0 ? 1 + r.nextInt(500) : 1 + r.nextInt(200_000);
    }

    static Scope scope(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Scope.all();
            case 1 -> Scope.categories("c" + r.nextInt(4));
            case 2 -> Scope.categories("c" + r.nextInt(4), "c" + r.nextInt(4));
            default -> Scope.skus(sku(r.nextInt(SKUS)), sku(r.nextInt(SKUS)), sku(r.nextInt(SKUS)));
        };
    }

    static Promotion promotion(Random r, String id, Scope scope, Rule rule) {
        String group = rule.stage() == 3 ? GROUPS[r.nextInt(GROUPS.length)] : null;
        return new Promotion(
                id, "活动" + id, scope, NOW.minusSeconds(60), NOW.plusSeconds(60), r.nextInt(3), group, rule);
    }

    static Promotion itemPromotion(Random r, String id) {
        if (r.nextBoolean()) {
            Map<String, Long> prices = new HashMap<>();
            for (int k = 0; k < 6; k++) {
                prices.put(sku(r.nextInt(SKUS)), price(r));
            }
            return promotion(r, id, Scope.all(), new Rule.MemberPrice(Map.of("gold", prices)));
        }
        if (r.nextInt(5) == 0) {
            return promotion(r, id, Scope.skus(sku(r.nextInt(SKUS))), Rule.FlashDiscount.fixed(price(r)));
        }
        return promotion(r, id, scope(r), Rule.FlashDiscount.rate(5000 + r.nextInt(4900)));
    }

    static Promotion multiBuy(Random r, String id) {
        return switch (r.nextInt(3)) {
            case 0 -> promotion(r, id, scope(r), new Rule.NForM(2 + r.nextInt(3), 5000 + r.nextInt(4500)));
            case 1 -> promotion(r, id, scope(r), new Rule.NthUnit(2 + r.nextInt(2), r.nextInt(5001)));
            default -> {
                Map<String, Integer> items = new HashMap<>();
                items.put(sku(r.nextInt(SKUS)), 1 + r.nextInt(2));
                items.put(sku(r.nextInt(SKUS)), 1);
                yield promotion(r, id, Scope.all(), new Rule.Bundle(items, price(r)));
            }
        };
    }

    static Promotion orderLevel(Random r, String id) {
        return orderLevel(r, id, false);
    }

    /** Aggressive promotions take up to 150 % of their threshold off, so that line caps are exercised. */
    static Promotion orderLevel(Random r, String id, boolean aggressive) {
        if (aggressive && r.nextBoolean()) {
            long threshold = 1 + r.nextInt(100_000);
            Rule rule = r.nextBoolean()
                    ? Fixtures.reduction(threshold, threshold * (1 + r.nextInt(15)) / 10)
                    : new Rule.EveryReduction(threshold, threshold * (1 + r.nextInt(15)) / 10, 0);
            return promotion(r, id, scope(r), rule);
        }
        Rule rule = switch (r.nextInt(4)) {
            case 0 -> {
                long t1 = 1 + r.nextInt(300_000);
                long t2 = t1 + r.nextInt(300_000);
                yield new Rule.TieredReduction(
                        List.of(new Rule.Tier(t1, t1 / (5 + r.nextInt(20))), new Rule.Tier(t2, t2 / 5 / 2)));
            }
            case 1 -> {
                long every = 5_000 + r.nextInt(30_000);
                yield new Rule.EveryReduction(
                        every, every / (10 + r.nextInt(10)), r.nextBoolean() ? 0 : r.nextInt(50_000));
            }
            case 2 ->
                new Rule.QuantityRate(List.of(
                        new Rule.QtyTier(2 + r.nextInt(3), 8000 + r.nextInt(1900)),
                        new Rule.QtyTier(5 + r.nextInt(5), 7000 + r.nextInt(1000))));
            default -> new Rule.Gift(r.nextInt(300_000), r.nextInt(5), "GIFT" + r.nextInt(3), 1);
        };
        return promotion(r, id, scope(r), rule);
    }

    static CouponOffer coupon(Random r, String id) {
        CouponKind kind = r.nextBoolean() ? CouponKind.SHOP : CouponKind.PRODUCT;
        Scope scope = kind == CouponKind.SHOP ? Scope.all() : scope(r);
        long threshold = r.nextInt(3) == 0 ? 0 : r.nextInt(400_000);
        if (r.nextBoolean()) {
            return new CouponOffer(
                    id, "T" + id, "券" + id, kind, scope, threshold, (long) (100 + r.nextInt(30_000)), null, 0);
        }
        return new CouponOffer(
                id,
                "T" + id,
                "券" + id,
                kind,
                scope,
                threshold,
                null,
                5000 + r.nextInt(4900),
                r.nextBoolean() ? 0 : 100 + r.nextInt(20_000));
    }
}
