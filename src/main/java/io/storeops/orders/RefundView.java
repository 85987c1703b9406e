package io.storeops.orders;

import io.storeops.shared.Money;
import java.time.Instant;
import java.util.List;

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

    /** One check of the fast-refund policy. */
    public record Check(String rule, boolean passed, String detail) {}
}
