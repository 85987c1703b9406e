package io.storeops.orders;

import io.storeops.orders.internal.OrderRepository;
import io.storeops.orders.internal.OrderRepository.StatusChange;
import io.storeops.orders.internal.OrderRepository.Stored;
import io.storeops.orders.internal.OrderRepository.TimelineEntry;
import io.storeops.platform.AuditLog;
import io.storeops.shared.ConflictException;
import io.storeops.shared.Message;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a stored order changes status: the move is checked against {@link OrderStatus}, the status changes only
 * if it is still the one the caller saw, the move is told on the order's timeline (its type is the new status) and its
 * event, if any, is published.
 */
@Component
class OrderTransitions {

    private final OrderRepository orders;
    private final ApplicationEventPublisher events;

    OrderTransitions(OrderRepository orders, ApplicationEventPublisher events) {
        this.orders = orders;
        this.events = events;
    }

    /**
     * A move of one order from the status the caller saw, with the timeline's summary and details (JSON, may be null)
     * and the event to publish (may be null).
     */
    record Move(long orderId, OrderStatus from, OrderStatus to, Message summary, String detailJson, Object event) {

        /** A move of a locked order, told without details and published by nothing. */
        Move(Stored order, OrderStatus to, Message summary) {
            this(order.id(), order.status(), to, summary, null, null);
        }
    }

    /** Moves one order; 409 when {@link OrderStatus} refuses the move or the order moved meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    void move(Move move) {
        moveAll(List.of(move));
    }

    /** Moves many orders at once (one statement for the statuses, one batch for the timeline); all or none. */
    @Transactional(propagation = Propagation.MANDATORY)
    void moveAll(List<Move> moves) {
        if (moves.isEmpty()) {
            return;
        }
        moves.forEach(m -> m.from().requireMoveTo(m.to()));
        int moved = orders.updateStatuses(moves.stream()
                .map(m -> new StatusChange(m.orderId(), m.from(), m.to()))
                .toList());
        if (moved != moves.size()) {
            throw new ConflictException("stale-version", Message.of(OrderMessage.STALE_VERSION));
        }
        String actor = AuditLog.currentActor();
        orders.insertEvents(moves.stream()
                .map(m -> new TimelineEntry(m.orderId(), m.to().name(), actor, m.summary(), m.detailJson()))
                .toList());
        moves.stream().map(Move::event).filter(Objects::nonNull).forEach(events::publishEvent);
    }
}
