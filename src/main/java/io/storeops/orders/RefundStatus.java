package io.storeops.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a refund stands. A refund waits for a decision or is paid at once by the fast-refund policy; a decided refund
 * stays decided.
 *
 * <pre>
 * PENDING  → REFUNDED | REJECTED
 * REFUNDED, REJECTED: final
 * </pre>
 */
public enum RefundStatus {
    PENDING,
    REFUNDED,
    REJECTED;

    public Set<RefundStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(REFUNDED, REJECTED);
            case REFUNDED, REJECTED -> EnumSet.noneOf(RefundStatus.class);
        };
    }

    public boolean canMoveTo(RefundStatus target) {
        return next().contains(target);
    }
}
