package io.storeops.promotions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The index answers what a scan of every promotion answers: over random carts (channel, member tier, lines whose
 * categories carry their ancestors) and random promotions whose scopes name channels, member tiers, SKUs in and out of
 * the cart, leaf, parent and root categories or the whole shop — some outside their time window — the indexed quote
 * equals the full-scan quote in every field: lines, totals, allocations, applied, not applied and the count of
 * promotions out of scope.
 */
class PromotionIndexPropertiesTest {

    static final String[] CHANNELS = {"web", "tmall", "jd", "douyin"};
    static final String[] TIERS = {"gold", "silver"};

    @Property(tries = 400)
    void indexedQuoteEqualsFullScanQuote(@ForAll long seed, @ForAll boolean large) {
        Random r = new Random(seed);
        Scenario base = Scenario.random(seed, large);
        Cart cart = cart(base.cart(), r);
        List<Promotion> promotions = new ArrayList<>();
        for (Promotion p : base.promotions()) {
            promotions.add(rescoped(p, r));
        }
        PriceResult scanned = PriceEngine.price(cart, promotions, base.giftStock());
        PriceResult indexed = PriceEngine.price(cart, PromotionIndex.of(promotions), base.giftStock());
        assertThat(indexed).isEqualTo(scanned);
        Set<String> ids = new HashSet<>();
        promotions.forEach(p -> ids.add(p.id()));
        long explained =
                scanned.notApplied().stream().filter(n -> ids.contains(n.id())).count();
        assertThat(explained + scanned.notInScope() + appliedPromotions(scanned))
                .as("every promotion is applied, explained or counted")
                .isEqualTo((long) promotions.size());
        Statistics.label("promotions out of scope").collect(scanned.notInScope() == 0 ? "none" : "some");
        Statistics.label("promotions applied").collect(appliedPromotions(scanned) > 0);
    }

    @Property(tries = 400)
    void inScopeIsExactlyWhatAScanFinds(@ForAll long seed) {
        Random r = new Random(seed);
        Scenario base = Scenario.random(seed, true);
        Cart cart = cart(base.cart(), r);
        List<Promotion> promotions = new ArrayList<>();
        for (Promotion p : base.promotions()) {
            promotions.add(rescoped(p, r));
        }
        List<Promotion> expected = new ArrayList<>(promotions);
        expected.sort(PromotionIndex.ENGINE_ORDER);
        expected.removeIf(p -> !p.scope().coversCart(cart)
                || cart.lines().stream().noneMatch(l -> p.scope().coversLine(l)));
        assertThat(PromotionIndex.of(promotions).inScope(cart)).containsExactlyElementsOf(expected);
    }

    private static long appliedPromotions(PriceResult r) {
        return r.applied().stream().filter(a -> a.stage() < 4).count();
    }

    /** The scenario's lines with a parent category between leaf and root, on a random channel and member tier. */
    static Cart cart(Cart cart, Random r) {
        List<CartLine> lines = new ArrayList<>();
        for (CartLine l : cart.lines()) {
            int sku = Integer.parseInt(l.skuCode().substring(1));
            lines.add(new CartLine(l.lineId(), l.skuCode(), categories(sku), l.unitPriceFen(), l.quantity()));
        }
        String tier = r.nextInt(3) == 0 ? null : TIERS[r.nextInt(TIERS.length)];
        return new Cart(CHANNELS[r.nextInt(CHANNELS.length)], tier, cart.at(), lines, cart.coupons());
    }

    static Set<String> categories(int sku) {
        return Set.of("c" + (sku % 4), "p" + (sku % 2), "root");
    }

    /** The promotion with a random scope and, one time in eight, a window that has not started or has ended. */
    static Promotion rescoped(Promotion p, Random r) {
        Scope lines = switch (r.nextInt(7)) {
            case 0 -> Scope.all();
            case 1 -> Scope.categories("c" + r.nextInt(4));
            case 2 -> Scope.categories("p" + r.nextInt(2), "garden");
            case 3 -> Scope.categories(r.nextBoolean() ? "root" : "garden");
            case 4 -> Scope.skus("K" + r.nextInt(40), "K" + r.nextInt(40));
            case 5 -> new Scope(false, Set.of("c" + r.nextInt(4)), Set.of("K" + r.nextInt(40)), Set.of(), Set.of());
            default -> Scope.skus("K" + (20 + r.nextInt(20)));
        };
        Scope scope =
                new Scope(lines.allLines(), lines.categories(), lines.skus(), subset(CHANNELS, r), subset(TIERS, r));
        Instant start = p.startsAt();
        Instant end = p.endsAt();
        if (r.nextInt(8) == 0) {
            start = r.nextBoolean() ? Scenario.NOW.plusSeconds(1) : start;
            end = start.isAfter(Scenario.NOW) ? start.plusSeconds(60) : Scenario.NOW;
        }
        return new Promotion(p.id(), p.name(), scope, start, end, p.priority(), p.exclusionGroup(), p.rule());
    }

    /** Empty (every value) half of the time, else a random non-empty subset. */
    private static Set<String> subset(String[] values, Random r) {
        Set<String> set = new HashSet<>();
        if (r.nextBoolean()) {
            for (String v : values) {
                if (r.nextInt(3) == 0) {
                    set.add(v);
                }
            }
            set.add(values[r.nextInt(values.length)]);
        }
        return set;
    }
}
