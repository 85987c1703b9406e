package io.storeops.orders;

import io.storeops.shared.Money;
import java.time.Instant;
import java.util.List;

/** A return, exchange or refund-only request with its lines and refunds. */
public record ReturnView(
        long id,
        String returnNo,
        long orderId,
        String orderNo,
        String channel,
        Type type,
        Status status,
        ReturnReason reason,
        String note,
        Boolean resellable,
        String restockWarehouse,
        Instant requestedAt,
        Instant approvedAt,
        Instant receivedAt,
        Instant closedAt,
        List<Line> lines,
        List<RefundView> refunds) {

    public enum Type {
        RETURN,
        EXCHANGE,
        REFUND_ONLY
    }

    /** REQUESTED → APPROVED → RECEIVED → CLOSED, or REJECTED; a refund-only request closes when refunded. */
    public enum Status {
        REQUESTED,
        APPROVED,
        RECEIVED,
        CLOSED,
        REJECTED
    }

    public record Line(String skuCode, int quantity, Money amount) {}
}
