package io.storeops.orders;

import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A refund: how much, why, whether the fast-refund policy paid it at once (with the policy's checks, each passed or
 * failed), and when it was requested and paid.
 */
public record RefundView(
        long id,
        String refundNo,
        long orderId,
        String orderNo,
        Long returnId,
        Money amount,
        String reason,
        RefundStatus status,
        boolean fast,
        List<Check> decision,
        String decidedBy,
        Instant requestedAt,
        Instant refundedAt) {

    /** One check of the fast-refund policy: what it found, or no detail for a risk it did not find. */
    public record Check(
            String rule, boolean passed, @Nullable Message detail) {}
}
