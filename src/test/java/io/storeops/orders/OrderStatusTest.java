package io.storeops.orders;

import static io.storeops.orders.OrderStatus.ALLOCATED;
import static io.storeops.orders.OrderStatus.APPROVED;
import static io.storeops.orders.OrderStatus.AWAITING_STOCK;
import static io.storeops.orders.OrderStatus.CANCELLED;
import static io.storeops.orders.OrderStatus.COMPLETED;
import static io.storeops.orders.OrderStatus.DELIVERED;
import static io.storeops.orders.OrderStatus.HELD;
import static io.storeops.orders.OrderStatus.PACKED;
import static io.storeops.orders.OrderStatus.PENDING_REVIEW;
import static io.storeops.orders.OrderStatus.PICKING;
import static io.storeops.orders.OrderStatus.REFUNDED;
import static io.storeops.orders.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.shared.ConflictException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    private static final Map<OrderStatus, Set<OrderStatus>> TABLE = Map.ofEntries(
            Map.entry(PENDING_REVIEW, EnumSet.of(APPROVED, HELD, CANCELLED)),
            Map.entry(HELD, EnumSet.of(APPROVED, CANCELLED)),
            Map.entry(APPROVED, EnumSet.of(ALLOCATED, AWAITING_STOCK, CANCELLED)),
            Map.entry(AWAITING_STOCK, EnumSet.of(ALLOCATED, CANCELLED)),
            Map.entry(ALLOCATED, EnumSet.of(PICKING, SHIPPED, CANCELLED)),
            Map.entry(PICKING, EnumSet.of(PACKED, SHIPPED, CANCELLED)),
            Map.entry(PACKED, EnumSet.of(SHIPPED, CANCELLED)),
            Map.entry(SHIPPED, EnumSet.of(DELIVERED, REFUNDED)),
            Map.entry(DELIVERED, EnumSet.of(COMPLETED, REFUNDED)),
            Map.entry(COMPLETED, EnumSet.of(REFUNDED)),
            Map.entry(CANCELLED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(REFUNDED, EnumSet.noneOf(OrderStatus.class)));

    @Test
    void allowsExactlyTheMovesOfTheDocumentedTable() {
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                assertThat(from.canMoveTo(to))
                        .as("%s → %s", from, to)
                        .isEqualTo(TABLE.get(from).contains(to));
            }
        }
    }

    @Test
    void followsReviewRoutingPickingPackingShippingAndDelivery() {
        OrderStatus[] path = {PENDING_REVIEW, APPROVED, ALLOCATED, PICKING, PACKED, SHIPPED, DELIVERED, COMPLETED};
        for (int i = 1; i < path.length; i++) {
            assertThat(path[i - 1].canMoveTo(path[i]))
                    .as("%s → %s", path[i - 1], path[i])
                    .isTrue();
        }
    }

    @Test
    void cancelsOnlyBeforeTheOrderShipsAndRefundsOnlyAfter() {
        for (OrderStatus status : EnumSet.range(PENDING_REVIEW, PACKED)) {
            assertThat(status.canMoveTo(CANCELLED)).as(status.name()).isTrue();
            assertThat(status.canMoveTo(REFUNDED)).as(status.name()).isFalse();
        }
        for (OrderStatus status : EnumSet.range(SHIPPED, COMPLETED)) {
            assertThat(status.canMoveTo(CANCELLED)).as(status.name()).isFalse();
            assertThat(status.canMoveTo(REFUNDED)).as(status.name()).isTrue();
        }
    }

    @Test
    void cancelledAndRefundedOrdersAreFinal() {
        assertThat(CANCELLED.next()).isEmpty();
        assertThat(REFUNDED.next()).isEmpty();
    }

    @Test
    void aHeldOrderWaitsForAPersonBeforeItIsRouted() {
        assertThat(HELD.canMoveTo(ALLOCATED)).isFalse();
        assertThat(HELD.canMoveTo(AWAITING_STOCK)).isFalse();
        assertThat(PENDING_REVIEW.canMoveTo(ALLOCATED)).isFalse();
    }

    @Test
    void anOrderHoldingReservedStockCanShip() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(status.holdsReservation())
                    .as(status.name())
                    .isEqualTo(status == ALLOCATED || status == PICKING || status == PACKED);
            if (status.holdsReservation()) {
                assertThat(status.canMoveTo(SHIPPED)).as(status.name()).isTrue();
            }
        }
    }

    @Test
    void refusesAnIllegalMoveAsAConflict() {
        assertThatThrownBy(() -> SHIPPED.requireMoveTo(CANCELLED))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("SHIPPED")
                .hasMessageContaining("CANCELLED")
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("illegal-transition"));
        assertThatThrownBy(() -> PACKED.requireMoveTo(PACKED)).isInstanceOf(ConflictException.class);
    }
}
