package io.storeops.promotions;

import io.storeops.shared.ConflictException;
import io.storeops.shared.Message;
import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a coupon template. Only an active template can be claimed or issued; it is created as a draft:
 *
 * <pre>
 * DRAFT  → ACTIVE
 * ACTIVE → PAUSED
 * PAUSED → ACTIVE
 * </pre>
 */
public enum CouponStatus {
    DRAFT,
    ACTIVE,
    PAUSED;

    public Set<CouponStatus> next() {
        return switch (this) {
            case DRAFT, PAUSED -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(PAUSED);
        };
    }

    public boolean canMoveTo(CouponStatus target) {
        return next().contains(target);
    }

    /** Refuses (409 {@code coupon-status}) a move the table does not allow. */
    public void requireMoveTo(CouponStatus target) {
        if (!canMoveTo(target)) {
            throw refusal(target);
        }
    }

    /** The conflict of a template in this status asked to move to {@code target}. */
    ConflictException refusal(CouponStatus target) {
        return new ConflictException(
                "coupon-status", Message.of(PromotionsMessage.COUPON_CANNOT_MOVE, "from", name(), "to", target.name()));
    }
}
