package io.storeops.orders;

import io.storeops.inventory.MovementReason;
import io.storeops.orders.OrderTransitions.Move;
import io.storeops.orders.internal.OrderQueries;
import io.storeops.orders.internal.OrderRepository;
import io.storeops.orders.internal.OrderRepository.Stored;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.shared.ConflictException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders after they came in: reading them, a person's decisions on held orders (approve or cancel), cancellation with
 * release of the reserved stock, and the periodic retry of orders waiting for stock. Every move goes through
 * {@link OrderStatus}; illegal moves are refused with 409.
 */
@Service
public class Orders {

    /**
     * Orders stored after the position ({@code afterTransaction}, {@code afterId}), in that order, at most {@code
     * limit}, e.g. to hand out coupons for new orders. Only orders of transactions that have finished are answered:
     * an order id is taken before its transaction commits, so reading by id alone would pass over an order whose
     * transaction commits after one with a higher id. A later call never answers an order before the last position.
     */
    @Transactional(readOnly = true)
    public List<OrderBuyer> buyersAfter(long afterTransaction, OrderId afterId, int limit) {
        return orders.buyersAfter(afterTransaction, afterId.value(), limit);
    }

    private final OrderRepository orders;
    private final OrderQueries queries;
    private final OrderAllocator allocator;
    private final AuditLog audit;
    private final OrderTransitions transitions;
    private final TransactionTemplate transactions;
    private static final int RETRY_PAGE = 200;
    private volatile long awaitingCursor;

    Orders(
            OrderRepository orders,
            OrderQueries queries,
            OrderAllocator allocator,
            AuditLog audit,
            OrderTransitions transitions,
            TransactionTemplate transactions) {
        this.orders = orders;
        this.queries = queries;
        this.allocator = allocator;
        this.audit = audit;
        this.transitions = transitions;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public OrderView get(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException(ResourceKind.ORDER, id));
    }

    @Transactional(readOnly = true)
    public OrderView getByNumber(String orderNo) {
        return get(queries.idOf(orderNo).orElseThrow(() -> new NotFoundException(ResourceKind.ORDER, orderNo)));
    }

    @Transactional(readOnly = true)
    public PageResult<OrderSummary> search(OrderQuery query, int page, int size) {
        return queries.search(query, page, size);
    }

    @Transactional(readOnly = true)
    public Map<String, Long> countByStatus() {
        return queries.countByStatus();
    }

    @Transactional(readOnly = true)
    public List<OrderEvent> timeline(long id) {
        get(id);
        return orders.events(id);
    }

    /** A person approves a held order: it is routed and reserved like an automatically approved one. */
    @Transactional
    public OrderView approve(long id, String note) {
        Stored order = orders.lockOrNotFound(id);
        transitions.move(new Move(
                order,
                OrderStatus.APPROVED,
                note == null || note.isBlank()
                        ? Message.of(TimelineMessage.TIMELINE_APPROVED_BY_PERSON)
                        : Message.of(TimelineMessage.TIMELINE_APPROVED_BY_PERSON_NOTE, "note", note.strip())));
        orders.clearHoldReasons(id);
        OrderView view = get(id);
        allocator.allocate(List.of(toRoute(view, OrderStatus.APPROVED)));
        audit.record(
                AuditAction.TRANSITION, "order", view.orderNo(), "Approved held order " + view.orderNo(), null, null);
        return get(id);
    }

    /** A person cancels an order that has not shipped; its reserved stock goes back to the pool. */
    @Transactional
    public OrderView cancel(long id, String reason) {
        Stored order = orders.lockOrNotFound(id);
        boolean given = reason != null && !reason.isBlank();
        String why = given ? reason.strip() : "cancelled by a person";
        cancelLocked(
                order,
                given
                        ? Message.of(TimelineMessage.TIMELINE_CANCELLED_BY_PERSON_REASON, "reason", why)
                        : Message.of(TimelineMessage.TIMELINE_CANCELLED_BY_PERSON),
                why);
        audit.record(
                AuditAction.TRANSITION,
                "order",
                order.orderNo(),
                "Cancelled " + order.orderNo() + ": " + why,
                null,
                null);
        return get(id);
    }

    /**
     * Cancels an order the caller has locked (a person, or the channel reporting a cancellation): {@code cancelled} says
     * so on the timeline, {@code reason} (English or the person's words) goes with {@link OrderCancelled}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void cancelLocked(Stored order, Message cancelled, String reason) {
        order.status().requireMoveTo(OrderStatus.CANCELLED);
        if (orders.allocations(order.id()).size()
                != orders.reservedAllocations(order.id()).size()) {
            throw new ConflictException("partly-shipped", Message.of(OrderMessage.PARTLY_SHIPPED));
        }
        boolean released = allocator.release(
                order.id(),
                order.orderNo(),
                Message.of(MovementReason.REASON_ORDER_CANCELLED, "orderNo", order.orderNo()));
        transitions.move(new Move(
                order.id(),
                order.status(),
                OrderStatus.CANCELLED,
                released
                        ? Message.of(TimelineMessage.TIMELINE_CANCELLED_STOCK_RELEASED, "cancelled", cancelled)
                        : cancelled,
                null,
                new OrderCancelled(new OrderId(order.id()), order.orderNo(), reason, released)));
    }

    /**
     * Routes orders waiting for stock again (every 30 s), 200 at a time in the order they came in, going on from
     * where the last run stopped: stock may have arrived, or a cancellation freed some.
     */
    @Scheduled(fixedDelayString = "${storeops.orders.awaiting-stock-retry-ms:30000}", initialDelay = 30_000)
    void retryAwaitingStock() {
        transactions.executeWithoutResult(status -> {
            List<OrderAllocator.ToRoute> waiting = new ArrayList<>();
            // lock the orders first (in id order), as every other path does (order, then stock); route them first
            // come, first served, skipping any that moved meanwhile
            List<Long> oldestFirst = orders.awaitingStock(awaitingCursor, RETRY_PAGE);
            // the next run goes on from here, and starts over after the last page: no waiting order is starved
            awaitingCursor = oldestFirst.size() < RETRY_PAGE ? 0 : oldestFirst.getLast();
            Map<Long, Stored> locked = new HashMap<>();
            oldestFirst.stream().sorted().forEach(id -> locked.put(id, orders.lock(id)));
            for (Long id : oldestFirst) {
                Stored order = locked.get(id);
                if (order != null && order.status() == OrderStatus.AWAITING_STOCK) {
                    waiting.add(toRoute(get(id), OrderStatus.AWAITING_STOCK));
                }
            }
            allocator.allocate(waiting);
        });
    }

    private static OrderAllocator.ToRoute toRoute(OrderView view, OrderStatus from) {
        Map<String, Integer> units = new LinkedHashMap<>();
        view.lines().forEach(l -> units.merge(l.skuCode(), l.quantity(), Integer::sum));
        return new OrderAllocator.ToRoute(view.id(), view.orderNo(), view.province(), units, from);
    }
}
