package io.storeops.promotions.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Products of the worked examples: A ¥120.00 and B ¥80.00 in 家居 (home); C ¥59.90 and D ¥199.00 in 数码 (digital). */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-06-18T04:00:00Z");
    static final Instant START = NOW.minusSeconds(86_400);
    static final Instant END = NOW.plusSeconds(86_400);

    static final Map<String, Long> PRICES = Map.of("A", 12000L, "B", 8000L, "C", 5990L, "D", 19900L);
    static final Map<String, String> CATEGORY = Map.of("A", "home", "B", "home", "C", "digital", "D", "digital");

    private Fixtures() {}

    static CartLine line(String sku, int quantity) {
        return new CartLine(sku, sku, Set.of(CATEGORY.get(sku), "root"), PRICES.get(sku), quantity);
    }

    static CartLine line(String id, String category, long unitFen, int quantity) {
        return new CartLine(id, id, Set.of(category), unitFen, quantity);
    }

    static Cart cart(CartLine... lines) {
        return new Cart("web", null, NOW, List.of(lines), List.of());
    }

    static Cart member(String tier, CartLine... lines) {
        return new Cart("web", tier, NOW, List.of(lines), List.of());
    }

    static Cart withCoupons(List<CouponOffer> coupons, CartLine... lines) {
        return new Cart("web", null, NOW, List.of(lines), coupons);
    }

    static Promotion promo(String id, Scope scope, Rule rule) {
        return new Promotion(id, "活动" + id, scope, START, END, 0, null, rule);
    }

    static Promotion grouped(String id, String group, Scope scope, Rule rule) {
        return new Promotion(id, "活动" + id, scope, START, END, 0, group, rule);
    }

    /** 家居 满200减20/满300减40. */
    static Promotion p1() {
        return promo(
                "P1",
                Scope.categories("home"),
                new Rule.TieredReduction(List.of(new Rule.Tier(20000, 2000), new Rule.Tier(30000, 4000))));
    }

    static Rule.TieredReduction reduction(long threshold, long off) {
        return new Rule.TieredReduction(List.of(new Rule.Tier(threshold, off)));
    }

    static PriceResult price(Cart cart, Promotion... promotions) {
        return PriceEngine.price(cart, List.of(promotions), GiftStock.unlimited());
    }
}
