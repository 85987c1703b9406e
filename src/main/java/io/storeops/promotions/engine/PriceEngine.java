package io.storeops.promotions.engine;

import io.storeops.shared.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prices a cart against promotions and the customer's coupons (F5.1/F5.2): pure, in-process, exact to the fen.
 *
 * <p>Only promotions <i>in scope</i> are visited: their channels and member tiers admit the cart and they cover at least
 * one line ({@link PromotionIndex} finds them without scanning the rest). Of those, the ones not active at
 * {@link Cart#at()} and the ones that do not apply are reported as not applied, with the reason; the promotions out
 * of scope are only counted ({@link PriceResult#notInScope()}). Promotion ids must be unique; promotions are
 * processed in <i>engine order</i> — priority descending, then id — so the result never depends on the order of the
 * list. The default stacking, stage by stage:
 *
 * <ol>
 *   <li><b>Item price.</b> Per unit the lowest of the listing price, the member price for the cart's tier and every
 *       限时折扣 covering the line — alternatives, never combined. Rates round half-up to the fen per unit.
 *   <li><b>Multi-buy.</b> N件M折, 第N件M折 and 套装 on the stage-1 prices; a unit takes part in at most one of them.
 *       When several apply, every order of application is tried — each promotion taking the units still free — as
 *       long as at most 6 of them share lines; beyond, greedily the one with the largest discount first. The best
 *       total multi-buy discount wins.
 *   <li><b>Order level.</b> 满减, 每满减, 满件折 and 满赠, with thresholds on the eligible lines' amounts after stages
 *       1–2. A line takes part in at most one promotion of an exclusion group (no group: stacks with everything);
 *       within a group the combination with the largest discount (then the most gifts) is chosen — exactly, over
 *       every order and every promotion left out, up to 6 promotions in the group; greedily beyond. Groups are
 *       computed independently on the after-stage-2 amounts; a line's total order-level discount is capped at its
 *       after-stage-2 amount (explained on the line). A gift out of stock ({@link GiftStock}) is not applied.
 *   <li><b>Coupons.</b> At most one PRODUCT and one SHOP coupon: the best pair among the cart's coupons, including
 *       none. Thresholds are on the eligible amount after stage 3 (店铺优惠后). The product coupon applies first;
 *       the shop coupon is capped at what is left of its eligible amount.
 * </ol>
 *
 * Each order-level and coupon discount is allocated to its eligible lines in proportion to their amounts before that
 * stage by the largest-remainder method (ties: the larger line amount, then the earlier line), never above a line's
 * amount; line finals therefore never go below zero and sum to the total exactly.
 *
 * <p><b>Greedy stages, not a global optimum.</b> Each stage picks what is best for the customer at that stage, given
 * the earlier stages. Hence adding a promotion can raise the total: a 限时折扣 (stage 1) or a multi-buy offer (stage
 * 2) can drop the eligible amount below a 满减 threshold (A ¥120 + B ¥80 with 满200减20 costs 180.00; add 9.5折 on B
 * and it costs 196.00), and likewise an order-level promotion can drop a coupon's eligible amount below its threshold
 * — thresholds after shop discounts are the platform rule. Adding a coupon never raises the total, nor does adding an
 * order-level promotion to a cart without coupons while no line reaches the cap and its exclusion group stays within
 * the exact search (both are property-tested).
 */
public final class PriceEngine {

    private static final Comparator<CouponOffer> COUPON_ORDER =
            Comparator.comparing(CouponOffer::claimId).thenComparing(CouponOffer::templateId);

    private PriceEngine() {}

    /**
     * Prices the cart against the indexed promotions, visiting only those whose scope can match the cart; gifts are in
     * stock when {@code giftStock} says so.
     */
    public static PriceResult price(Cart cart, PromotionIndex promotions, GiftStock giftStock) {
        List<Promotion> inScope = promotions.inScope(cart);
        return price(cart, inScope, promotions.size() - inScope.size(), giftStock);
    }

    /**
     * Prices the cart by scanning every promotion (the reference the index is tested against); gifts are in stock when
     * {@code giftStock} says so.
     */
    public static PriceResult price(Cart cart, List<Promotion> promotions, GiftStock giftStock) {
        List<Promotion> sorted = new ArrayList<>(promotions);
        sorted.sort(PromotionIndex.ENGINE_ORDER);
        Set<String> ids = new HashSet<>();
        List<Promotion> inScope = new ArrayList<>();
        for (Promotion p : sorted) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("duplicate promotion id: " + p.id());
            }
            if (p.scope().coversCart(cart) && coversAnyLine(p.scope(), cart)) {
                inScope.add(p);
            }
        }
        return price(cart, inScope, sorted.size() - inScope.size(), giftStock);
    }

    /** Prices the cart; the gifts listed in {@code giftsInStock} are in stock. */
    public static PriceResult price(Cart cart, List<Promotion> promotions, Set<String> giftsInStock) {
        return price(cart, promotions, GiftStock.of(giftsInStock));
    }

    private static boolean coversAnyLine(Scope scope, Cart cart) {
        for (CartLine line : cart.lines()) {
            if (scope.coversLine(line)) {
                return true;
            }
        }
        return false;
    }

    /** {@code inScope}: in engine order, each covering a line and admitting the cart's channel and member tier. */
    private static PriceResult price(Cart cart, List<Promotion> inScope, int notInScope, GiftStock giftStock) {
        Work w = new Work(cart, inScope.size() + cart.coupons().size());
        List<Promotion> itemPrice = new ArrayList<>();
        List<Promotion> multiBuy = new ArrayList<>();
        List<Promotion> orderLevel = new ArrayList<>();
        for (Promotion p : inScope) {
            if (!p.activeAt(cart.at())) {
                w.notApplied(
                        p, Message.of(PriceMessage.NOT_ACTIVE, "at", cart.at().toString()));
                continue;
            }
            switch (p.rule().stage()) {
                case 1 -> itemPrice.add(p);
                case 2 -> multiBuy.add(p);
                default -> orderLevel.add(p);
            }
        }
        ItemPricing.apply(w, itemPrice);
        MultiBuy.apply(w, multiBuy);
        OrderLevel.apply(w, orderLevel, giftStock);
        List<CouponOffer> coupons = cart.coupons();
        if (coupons.size() > 1) {
            coupons = new ArrayList<>(coupons);
            coupons.sort(COUPON_ORDER);
        }
        CouponStage.apply(w, coupons);
        return result(w, notInScope);
    }

    private static PriceResult result(Work w, int notInScope) {
        List<PricedLine> lines = new ArrayList<>(w.n);
        long subtotal = 0;
        long total = 0;
        for (int i = 0; i < w.n; i++) {
            CartLine line = w.lines[i];
            long finalFen = w.afterMulti[i] - w.orderDiscount[i] - w.couponDiscount[i];
            subtotal += line.listAmountFen();
            total += finalFen;
            lines.add(new PricedLine(
                    line.lineId(),
                    line.skuCode(),
                    line.quantity(),
                    line.unitPriceFen(),
                    w.itemUnit[i],
                    w.itemSource[i],
                    w.afterItem[i],
                    w.afterMulti[i],
                    w.orderDiscount[i],
                    w.couponDiscount[i],
                    finalFen,
                    w.explanation(i)));
        }
        return new PriceResult(
                subtotal, total, subtotal - total, lines, w.applied, w.notApplied, notInScope, w.gifts, w.couponsUsed);
    }
}
