package io.storeops.orders;

import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementReason;
import io.storeops.inventory.MovementType;
import io.storeops.inventory.Warehouses;
import io.storeops.orders.OrderTransitions.Move;
import io.storeops.orders.internal.OrderRepository;
import io.storeops.orders.internal.OrderRepository.AllocationRow;
import io.storeops.shared.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes approved orders to warehouses and reserves their stock (F4.3), many orders at once: the stock of every SKU
 * involved is locked first (in a fixed order, so concurrent batches wait instead of deadlocking), the orders are routed
 * one after the other against what is left, and all reservations are applied in one inventory batch that cannot
 * fail because the rows stay locked. An order no warehouse combination can serve waits for stock.
 */
@Component
class OrderAllocator {

    private final Inventory inventory;
    private final Warehouses warehouses;
    private final OrderRules rules;
    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final JsonMapper json;

    OrderAllocator(
            Inventory inventory,
            Warehouses warehouses,
            OrderRules rules,
            OrderRepository orders,
            OrderTransitions transitions,
            JsonMapper json) {
        this.inventory = inventory;
        this.warehouses = warehouses;
        this.rules = rules;
        this.orders = orders;
        this.transitions = transitions;
        this.json = json;
    }

    /** An order to route: its id and number, the buyer's province and the units per SKU. */
    record ToRoute(long id, String orderNo, String province, Map<String, Integer> units, OrderStatus from) {}

    /** Routes and reserves; answers the allocations of each order that could be served. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, List<Allocation>> allocate(List<ToRoute> toRoute) {
        Map<Long, List<Allocation>> allocated = new LinkedHashMap<>();
        if (toRoute.isEmpty()) {
            return allocated;
        }
        Set<String> skus = new LinkedHashSet<>();
        toRoute.forEach(o -> skus.addAll(o.units().keySet()));
        Map<String, Map<String, Integer>> available = inventory.lockAvailable(skus);
        var table = rules.routingRules();
        var allWarehouses = warehouses.list();
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        List<Move> moves = new ArrayList<>();
        for (ToRoute order : toRoute) {
            List<String> ranked = rankings.computeIfAbsent(
                    order.province() == null ? "" : order.province(), p -> rules.rank(p, table, allWarehouses));
            var route = WarehouseRouting.route(order.units(), available, ranked);
            if (route.isPresent()) {
                WarehouseRouting.consume(available, route.get());
                allocated.put(order.id(), route.get());
                moves.add(allocatedMove(order, route.get(), ranked));
            } else if (order.from() != OrderStatus.AWAITING_STOCK) {
                moves.add(new Move(
                        order.id(),
                        order.from(),
                        OrderStatus.AWAITING_STOCK,
                        Message.of(TimelineMessage.TIMELINE_AWAITING_STOCK),
                        null,
                        new OrderAwaitingStock(new OrderId(order.id()), order.orderNo())));
            }
        }
        reserve(toRoute, allocated);
        transitions.moveAll(moves);
        return allocated;
    }

    private Move allocatedMove(ToRoute order, List<Allocation> allocations, List<String> ranked) {
        Set<String> used = new LinkedHashSet<>();
        allocations.forEach(a -> used.add(a.warehouse()));
        Message summary = used.size() == 1
                ? Message.of(
                        TimelineMessage.TIMELINE_ALLOCATED,
                        "warehouse",
                        used.iterator().next())
                : Message.of(TimelineMessage.TIMELINE_SPLIT, "warehouses", List.copyOf(used));
        return new Move(
                order.id(),
                order.from(),
                OrderStatus.ALLOCATED,
                summary,
                json.writeValueAsString(Map.of("allocations", allocations, "ranking", ranked)),
                new OrderAllocated(new OrderId(order.id()), order.orderNo(), allocations));
    }

    /** Reserves the allocated units in one inventory batch and records the allocations. */
    private void reserve(List<ToRoute> toRoute, Map<Long, List<Allocation>> allocated) {
        List<Movement> reservations = new ArrayList<>();
        List<AllocationRow> rows = new ArrayList<>();
        for (ToRoute order : toRoute) {
            for (Allocation a : allocated.getOrDefault(order.id(), List.of())) {
                reservations.add(Movement.of(
                        MovementType.RESERVATION,
                        a.skuCode(),
                        a.warehouse(),
                        a.quantity(),
                        Message.of(MovementReason.REASON_ORDER_RESERVED, "orderNo", order.orderNo()),
                        "order",
                        order.orderNo()));
                rows.add(new AllocationRow(order.id(), a));
            }
        }
        if (!reservations.isEmpty()) {
            inventory.apply(reservations);
        }
        orders.insertAllocations(rows);
    }

    /** Gives an order's reserved units back to the pool; answers whether anything was reserved. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean release(long orderId, String orderNo, Message why) {
        List<Allocation> allocations = orders.reservedAllocations(orderId);
        if (allocations.isEmpty()) {
            return false;
        }
        inventory.apply(allocations.stream()
                .map(a -> Movement.of(
                        MovementType.RELEASE, a.skuCode(), a.warehouse(), a.quantity(), why, "order", orderNo))
                .toList());
        orders.deleteReservedAllocations(orderId);
        return true;
    }
}
