package io.storeops.orders;

import io.storeops.shared.ConflictException;
import io.storeops.shared.Message;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. The moves an order may make are listed here and nowhere else; anything else is refused.
 *
 * <pre>
 * PENDING_REVIEW → APPROVED | HELD | CANCELLED
 * HELD           → APPROVED | CANCELLED
 * APPROVED       → ALLOCATED | AWAITING_STOCK | CANCELLED
 * AWAITING_STOCK → ALLOCATED | CANCELLED
 * ALLOCATED      → PICKING | SHIPPED | CANCELLED
 * PICKING        → PACKED | SHIPPED | CANCELLED
 * PACKED         → SHIPPED | CANCELLED
 * SHIPPED        → DELIVERED | REFUNDED
 * DELIVERED      → COMPLETED | REFUNDED
 * COMPLETED      → REFUNDED
 * </pre>
 */
public enum OrderStatus {
    PENDING_REVIEW,
    HELD,
    APPROVED,
    AWAITING_STOCK,
    ALLOCATED,
    PICKING,
    PACKED,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    CANCELLED,
    REFUNDED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING_REVIEW -> EnumSet.of(APPROVED, HELD, CANCELLED);
            case HELD -> EnumSet.of(APPROVED, CANCELLED);
            case APPROVED -> EnumSet.of(ALLOCATED, AWAITING_STOCK, CANCELLED);
            case AWAITING_STOCK -> EnumSet.of(ALLOCATED, CANCELLED);
            case ALLOCATED -> EnumSet.of(PICKING, SHIPPED, CANCELLED);
            case PICKING -> EnumSet.of(PACKED, SHIPPED, CANCELLED);
            case PACKED -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED, REFUNDED);
            case DELIVERED -> EnumSet.of(COMPLETED, REFUNDED);
            case COMPLETED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** Refuses (409 {@code illegal-transition}) a move the state machine does not allow. */
    public void requireMoveTo(OrderStatus target) {
        if (!canMoveTo(target)) {
            throw new ConflictException(
                    "illegal-transition",
                    Message.of(OrderMessage.ILLEGAL_TRANSITION, "from", name(), "to", target.name()));
        }
    }

    /** Whether stock is reserved for the order in this status. */
    public boolean holdsReservation() {
        return this == ALLOCATED || this == PICKING || this == PACKED;
    }
}
