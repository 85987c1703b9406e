package io.storeops.promotions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.shared.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** Invariants of {@link PriceEngine} over random carts, promotions and coupons (see {@link Scenario}). */
class PriceEnginePropertiesTest {

    @Property(tries = 500)
    void linesSumToTheTotalAndTheTotalIsSubtotalMinusDiscount(@ForAll long seed, @ForAll boolean large) {
        Scenario s = Scenario.random(seed, large);
        PriceResult r = s.price();
        long sum = 0;
        long subtotal = 0;
        for (PricedLine l : r.lines()) {
            sum += l.finalFen();
            subtotal += l.listUnitFen() * l.quantity();
            assertThat(l.finalFen()).isEqualTo(l.afterMultiBuyFen() - l.orderDiscountFen() - l.couponDiscountFen());
        }
        assertThat(sum).isEqualTo(r.totalFen());
        assertThat(r.subtotalFen()).isEqualTo(subtotal);
        assertThat(r.totalFen()).isEqualTo(r.subtotalFen() - r.discountFen());
        assertThat(r.applied().stream().mapToLong(Applied::discountFen).sum()).isEqualTo(r.discountFen());
        for (Applied a : r.applied()) {
            assertThat(a.allocationByLine().values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(a.discountFen());
        }
        boolean[] stages = new boolean[5];
        r.applied().forEach(a -> stages[a.stage()] = true);
        Statistics.label("multi-buy applied").collect(stages[2]);
        Statistics.label("order level applied").collect(stages[3]);
        Statistics.label("coupon used").collect(stages[4]);
        Statistics.label("line capped").collect(capped(r));
    }

    @Property(tries = 500)
    void noLineBelowZeroAndNoAllocationAboveItsLine(@ForAll long seed, @ForAll boolean large) {
        Scenario s = Scenario.random(seed, large);
        PriceResult r = s.price();
        Map<String, Long> order = new HashMap<>();
        Map<String, Long> coupon = new HashMap<>();
        for (Applied a : r.applied()) {
            Map<String, Long> into = a.stage() == 3 ? order : a.stage() == 4 ? coupon : null;
            a.allocationByLine().forEach((line, fen) -> {
                assertThat(fen).isNotNegative();
                assertThat(fen)
                        .isLessThanOrEqualTo(
                                r.line(line).listUnitFen() * r.line(line).quantity());
                if (into != null) {
                    into.merge(line, fen, Long::sum);
                }
            });
        }
        for (PricedLine l : r.lines()) {
            assertThat(l.finalFen()).isNotNegative();
            assertThat(l.itemUnitFen()).isBetween(0L, l.listUnitFen());
            assertThat(l.afterMultiBuyFen()).isBetween(0L, l.afterItemFen());
            assertThat(l.orderDiscountFen()).isEqualTo(order.getOrDefault(l.lineId(), 0L));
            assertThat(l.couponDiscountFen()).isEqualTo(coupon.getOrDefault(l.lineId(), 0L));
            assertThat(l.orderDiscountFen()).isBetween(0L, l.afterMultiBuyFen());
            assertThat(l.couponDiscountFen()).isBetween(0L, l.afterMultiBuyFen() - l.orderDiscountFen());
        }
        assertThat(r.couponsUsed()).hasSizeLessThanOrEqualTo(2);
    }

    @Property(tries = 400)
    void addingACouponNeverRaisesThePrice(@ForAll long seed, @ForAll long extra) {
        Scenario s = Scenario.random(seed);
        PriceResult before = s.price();
        List<CouponOffer> coupons = new ArrayList<>(s.cart().coupons());
        coupons.add(Scenario.coupon(new Random(extra), "EXTRA"));
        Cart more = new Cart(
                s.cart().channel(),
                s.cart().memberTier(),
                s.cart().at(),
                s.cart().lines(),
                coupons);
        PriceResult after = PriceEngine.price(more, s.promotions(), s.giftStock());
        assertThat(after.totalFen()).isLessThanOrEqualTo(before.totalFen());
    }

    /**
     * Adding an order-level promotion never raises the price of a cart without coupons, as long as no line reaches the
     * order-level cap (see the PriceEngine Javadoc for why coupons and caps are excluded).
     */
    @Property(tries = 400)
    void addingAnOrderLevelPromotionNeverRaisesThePrice(@ForAll long seed, @ForAll long extra) {
        Scenario s = Scenario.random(seed);
        Cart cart = new Cart(
                s.cart().channel(),
                s.cart().memberTier(),
                s.cart().at(),
                s.cart().lines(),
                List.of());
        PriceResult before = PriceEngine.price(cart, s.promotions(), s.giftStock());
        List<Promotion> more = new ArrayList<>(s.promotions());
        more.add(Scenario.orderLevel(new Random(extra), "EXTRA"));
        PriceResult after = PriceEngine.price(cart, more, s.giftStock());
        Assume.that(!capped(before) && !capped(after));
        assertThat(after.totalFen()).isLessThanOrEqualTo(before.totalFen());
    }

    @Property(tries = 300)
    void resultDoesNotDependOnTheOrderOfPromotionsOrCoupons(
            @ForAll long seed, @ForAll boolean large, @ForAll long shuffle) {
        Scenario s = Scenario.random(seed, large);
        PriceResult r = s.price();
        Random random = new Random(shuffle);
        List<Promotion> promotions = new ArrayList<>(s.promotions());
        Collections.shuffle(promotions, random);
        List<CouponOffer> coupons = new ArrayList<>(s.cart().coupons());
        Collections.shuffle(coupons, random);
        Cart cart = new Cart(
                s.cart().channel(),
                s.cart().memberTier(),
                s.cart().at(),
                s.cart().lines(),
                coupons);
        assertThat(PriceEngine.price(cart, promotions, s.giftStock())).isEqualTo(r);
    }

    @Property(tries = 300, maxDiscardRatio = 20)
    void resultDoesNotDependOnTheOrderOfTheLines(@ForAll long seed, @ForAll long shuffle) {
        Scenario s = Scenario.random(seed);
        PriceResult r = s.price();
        List<CartLine> lines = new ArrayList<>(s.cart().lines());
        Collections.shuffle(lines, new Random(shuffle));
        Cart cart = new Cart(
                s.cart().channel(),
                s.cart().memberTier(),
                s.cart().at(),
                lines,
                s.cart().coupons());
        PriceResult shuffled = PriceEngine.price(cart, s.promotions(), s.giftStock());
        assertThat(shuffled.totalFen()).isEqualTo(r.totalFen());
        assertThat(sortedFinals(shuffled)).isEqualTo(sortedFinals(r));
        Set<Long> unique = uniqueAmounts(r);
        for (PricedLine l : r.lines()) {
            if (unique.contains(l.afterMultiBuyFen())) {
                assertThat(shuffled.line(l.lineId()).finalFen()).as(l.lineId()).isEqualTo(l.finalFen());
            }
        }
    }

    @Property(tries = 200)
    void scopeIndexAgreesWithCoversLine(@ForAll long seed) {
        Scenario s = Scenario.random(seed, true);
        Work w = new Work(s.cart());
        List<Scope> scopes = new ArrayList<>();
        s.promotions().forEach(p -> scopes.add(p.scope()));
        s.cart().coupons().forEach(c -> scopes.add(c.scope()));
        for (Scope scope : scopes) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < w.n; i++) {
                if (scope.coversLine(w.lines[i])) {
                    expected.add(i);
                }
            }
            assertThat(w.covered(scope))
                    .containsExactly(
                            expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    // Tied amounts may hand their extra fen to whichever line comes first; such carts are tested for the total only
    // when no tie can move a fen across a scope boundary, which the assumption in this helper guarantees.
    private static Set<Long> uniqueAmounts(PriceResult r) {
        Set<Long> seen = new HashSet<>();
        Set<Long> dup = new HashSet<>();
        Set<Long> seenUnit = new HashSet<>();
        Set<Long> seenBase = new HashSet<>();
        boolean ties = false;
        for (PricedLine l : r.lines()) {
            if (!seen.add(l.afterMultiBuyFen())) {
                dup.add(l.afterMultiBuyFen());
                ties = true;
            }
            ties |= !seenUnit.add(l.itemUnitFen());
            ties |= !seenBase.add(l.afterMultiBuyFen() - l.orderDiscountFen());
        }
        Assume.that(!ties);
        seen.removeAll(dup);
        return seen;
    }

    private static List<Long> sortedFinals(PriceResult r) {
        List<Long> finals = new ArrayList<>();
        r.lines().forEach(l -> finals.add(l.finalFen()));
        Collections.sort(finals);
        return finals;
    }

    private static boolean capped(PriceResult r) {
        for (PricedLine l : r.lines()) {
            for (Message e : l.explanation()) {
                if (e.code().equals(PriceMessage.LINE_CAPPED.code())) {
                    return true;
                }
            }
        }
        return false;
    }
}
