package io.storeops.promotions;

import io.storeops.promotions.engine.CouponOffer;
import io.storeops.promotions.internal.CouponRepository.Template;
import java.math.BigDecimal;

/** Coupon templates and claims as the price engine sees them. */
final class CouponOffers {

    private CouponOffers() {}

    /** The coupon a customer holding a claim of {@code template} can use; {@code claimId} identifies it. */
    static CouponOffer of(Template template, String claimId) {
        return new CouponOffer(
                claimId,
                String.valueOf(template.id()),
                template.name(),
                template.kind(),
                template.scope().toEngine(),
                fen(template.threshold()),
                template.amount() == null ? null : fen(template.amount()),
                template.rateBp(),
                template.cap() == null ? 0 : fen(template.cap()));
    }

    static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }
}
