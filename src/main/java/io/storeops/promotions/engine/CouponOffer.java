package io.storeops.promotions.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A coupon the customer has claimed. Exactly one of {@code amountFen} (立减: a fixed amount off) and {@code rateBp}
 * (折扣券: pay this rate of the eligible amount) is set. The coupon is usable when the eligible amount — the lines in
 * its scope, after the shop's promotions (stages 1–3) — reaches {@code thresholdFen}; its discount is capped at
 * {@code capFen} (0 = no cap) and never exceeds the eligible amount still left to pay.
 *
 * @param claimId the customer's claim, reported in {@link PriceResult#couponsUsed()}
 */
public record CouponOffer(
        String claimId,
        String templateId,
        String name,
        CouponKind kind,
        Scope scope,
        long thresholdFen,
        @Nullable Long amountFen,
        @Nullable Integer rateBp,
        long capFen) {

    public CouponOffer {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        if ((amountFen == null) == (rateBp == null)) {
            throw new IllegalArgumentException("exactly one of amountFen and rateBp: " + claimId);
        }
        if (amountFen != null && amountFen < 0 || thresholdFen < 0 || capFen < 0) {
            throw new IllegalArgumentException("coupon amounts must not be negative: " + claimId);
        }
        if (rateBp != null) {
            Fen.checkRate(rateBp);
        }
    }

    /** A fixed-amount coupon: {@code amountFen} off when the eligible amount reaches {@code thresholdFen}. */
    public static CouponOffer amount(String claimId, CouponKind kind, Scope scope, long thresholdFen, long amountFen) {
        return new CouponOffer(claimId, claimId, claimId, kind, scope, thresholdFen, amountFen, null, 0);
    }

    /** A rate coupon: pay {@code rateBp} of the eligible amount, at most {@code capFen} off (0 = no cap). */
    public static CouponOffer rate(
            String claimId, CouponKind kind, Scope scope, long thresholdFen, int rateBp, long capFen) {
        return new CouponOffer(claimId, claimId, claimId, kind, scope, thresholdFen, null, rateBp, capFen);
    }
}
