package io.storeops.promotions.engine;

import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stage 4: at most one PRODUCT and one SHOP coupon. A coupon is usable when its eligible amount after stage 3 reaches
 * its threshold. The product coupon applies first; the shop coupon then applies to what is left of its eligible
 * amount (a rate coupon pays its rate of what is left) and never exceeds it. Every pair (including none) is tried;
 * the pair with the largest discount wins (ties: fewer coupons, then claim id order).
 */
final class CouponStage {

    private CouponStage() {}

    private record Candidate(CouponOffer coupon, int[] lines, long eligible) {}

    /** The coupons whose threshold is met, by kind; the others are explained as not applied. */
    private record Usable(List<Candidate> products, List<Candidate> shops, List<Candidate> all) {}

    /** The best pair: indexes into the product and shop candidates (-1: none), with each product's line shares. */
    private record Pair(int product, int shop, long[] productDiscount, long[][] productShares) {}

    static void apply(Work w, List<CouponOffer> coupons) {
        if (coupons.isEmpty()) {
            return;
        }
        long[] base = new long[w.n];
        for (int i = 0; i < w.n; i++) {
            base[i] = w.afterMulti[i] - w.orderDiscount[i];
        }
        Usable usable = usable(w, coupons, base);
        Pair best = bestPair(w, usable, base);
        @Nullable Candidate product = best.product < 0 ? null : usable.products.get(best.product);
        @Nullable Candidate shop = best.shop < 0 ? null : usable.shops.get(best.shop);
        if (product != null) {
            record(
                    w,
                    product,
                    best.productDiscount[best.product],
                    best.productShares[best.product],
                    PriceMessage.PRODUCT_COUPON_LINE,
                    PriceMessage.PRODUCT_COUPON_SAVES);
        }
        if (shop != null) {
            applyShop(w, shop, base);
        }
        for (Candidate c : usable.all) {
            if (c != product && c != shop) {
                notApplied(
                        w,
                        c.coupon,
                        discount(c.coupon, c.eligible) == 0
                                ? Message.of(PriceMessage.NO_DISCOUNT)
                                : Message.of(PriceMessage.COUPON_BETTER_CHOSEN));
            }
        }
    }

    private static Usable usable(Work w, List<CouponOffer> coupons, long[] base) {
        Usable usable = new Usable(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (CouponOffer c : coupons) {
            if (!c.scope().coversCart(w.cart)) {
                notApplied(w, c, Message.of(PriceMessage.COUPON_NOT_VALID_HERE));
                continue;
            }
            int[] lines = w.covered(c.scope());
            long eligible = 0;
            for (int i : lines) {
                eligible += base[i];
            }
            if (lines.length == 0) {
                notApplied(w, c, Message.of(PriceMessage.COUPON_NO_ELIGIBLE_ITEMS));
            } else if (eligible < c.thresholdFen()) {
                notApplied(
                        w,
                        c,
                        Message.of(
                                PriceMessage.COUPON_THRESHOLD_NOT_MET,
                                "amount",
                                Money.ofFen(eligible),
                                "threshold",
                                Money.ofFen(c.thresholdFen())));
            } else {
                Candidate candidate = new Candidate(c, lines, eligible);
                usable.all.add(candidate);
                (c.kind() == CouponKind.PRODUCT ? usable.products : usable.shops).add(candidate);
            }
        }
        return usable;
    }

    /** Tries every product coupon (or none) with every shop coupon (or none) on what the product coupon left. */
    private static Pair bestPair(Work w, Usable usable, long[] base) {
        List<Candidate> products = usable.products;
        List<Candidate> shops = usable.shops;
        long[][] productShares = new long[products.size()][];
        long[] productDiscount = new long[products.size()];
        for (int k = 0; k < products.size(); k++) {
            Candidate p = products.get(k);
            productDiscount[k] = discount(p.coupon, p.eligible);
            productShares[k] = spread(w, p, productDiscount[k], base);
        }
        int bestProduct = -1;
        int bestShop = -1;
        long best = 0;
        for (int k = -1; k < products.size(); k++) {
            long dp = k < 0 ? 0 : productDiscount[k];
            if (k >= 0 && dp == 0) {
                continue;
            }
            for (int s = -1; s < shops.size(); s++) {
                long ds =
                        s < 0 ? 0 : discount(shops.get(s).coupon, left(shops.get(s), k < 0 ? null : productShares[k]));
                if (s >= 0 && ds == 0) {
                    continue;
                }
                if (dp + ds > best) {
                    best = dp + ds;
                    bestProduct = k;
                    bestShop = s;
                }
            }
        }
        return new Pair(bestProduct, bestShop, productDiscount, productShares);
    }

    /** What the shop coupon's eligible amount is after the product coupon's shares (none: all of it). */
    private static long left(Candidate shop, long @Nullable [] productShares) {
        long left = shop.eligible;
        if (productShares != null) {
            for (int i : shop.lines) {
                left -= productShares[i];
            }
        }
        return left;
    }

    /** The shop coupon on what its lines still cost after the product coupon. */
    private static void applyShop(Work w, Candidate shop, long[] base) {
        long[] left = new long[w.n];
        long eligibleLeft = 0;
        for (int i : shop.lines) {
            left[i] = base[i] - w.couponDiscount[i];
            eligibleLeft += left[i];
        }
        long d = discount(shop.coupon, eligibleLeft);
        record(w, shop, d, spread(w, shop, d, left), PriceMessage.SHOP_COUPON_LINE, PriceMessage.SHOP_COUPON_SAVES);
    }

    /** The coupon's discount on {@code amount} still to pay (threshold already met), never above it. */
    static long discount(CouponOffer c, long amount) {
        Long fixed = c.amountFen();
        Integer rate = c.rateBp();
        long d = fixed != null ? fixed : rate == null ? 0 : amount - Fen.applyRate(amount, rate);
        if (c.capFen() > 0) {
            d = Math.min(d, c.capFen());
        }
        return Math.max(0, Math.min(d, amount));
    }

    /** The discount split over the candidate's lines in proportion to {@code amounts}, as a cart-length array. */
    private static long[] spread(Work w, Candidate c, long discount, long[] amounts) {
        long[] weights = new long[c.lines.length];
        for (int k = 0; k < c.lines.length; k++) {
            weights[k] = amounts[c.lines[k]];
        }
        long[] shares = LargestRemainder.split(discount, weights);
        long[] byLine = new long[w.n];
        for (int k = 0; k < c.lines.length; k++) {
            byLine[c.lines[k]] = shares[k];
        }
        return byLine;
    }

    private static void record(
            Work w, Candidate c, long discount, long[] byLine, PriceMessage lineText, PriceMessage savesText) {
        CouponOffer coupon = c.coupon;
        for (int i = 0; i < w.n; i++) {
            if (byLine[i] > 0) {
                w.couponDiscount[i] += byLine[i];
                w.explain(i, Message.of(lineText, "name", coupon.name(), "amount", Money.ofFen(byLine[i])));
            }
        }
        w.couponsUsed.add(coupon.claimId());
        w.applied.add(new Applied(
                coupon.claimId(),
                coupon.name(),
                4,
                discount,
                w.byLine(byLine),
                Message.of(
                        savesText,
                        "on",
                        Money.ofFen(c.eligible),
                        "threshold",
                        Money.ofFen(coupon.thresholdFen()),
                        "saves",
                        Money.ofFen(discount))));
    }

    private static void notApplied(Work w, CouponOffer c, Message reason) {
        w.notApplied.add(new NotApplied(c.claimId(), c.name(), reason));
    }
}
