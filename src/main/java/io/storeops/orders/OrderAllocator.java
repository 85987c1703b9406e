package io.storeops.orders;

import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.inventory.Warehouses;
import io.storeops.orders.internal.OrderRepository;
import io.storeops.orders.internal.OrderRepository.AllocationRow;
import io.storeops.orders.internal.OrderRepository.StatusChange;
import io.storeops.orders.internal.OrderRepository.TimelineEntry;
import io.storeops.platform.AuditLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    OrderAllocator(
            Inventory inventory,
            Warehouses warehouses,
            OrderRules rules,
            OrderRepository orders,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.inventory = inventory;
        this.warehouses = warehouses;
        this.rules = rules;
        this.orders = orders;
        this.events = events;
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
        List<Movement> reservations = new ArrayList<>();
        List<AllocationRow> allocationRows = new ArrayList<>();
        List<StatusChange> statusChanges = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        String actor = AuditLog.currentActor();
        for (ToRoute order : toRoute) {
            List<String> ranked = rankings.computeIfAbsent(
                    order.province() == null ? "" : order.province(), p -> rules.rank(p, table, allWarehouses));
            var route = WarehouseRouting.route(order.units(), available, ranked);
            if (route.isEmpty()) {
                if (order.from() != OrderStatus.AWAITING_STOCK) {
                    statusChanges.add(new StatusChange(order.id(), OrderStatus.AWAITING_STOCK));
                    timeline.add(new TimelineEntry(
                            order.id(),
                            "AWAITING_STOCK",
                            actor,
                            "库存不足，等待到货 / not enough stock; waiting for stock",
                            null));
                    events.publishEvent(new OrderAwaitingStock(order.id(), order.orderNo()));
                }
                continue;
            }
            List<Allocation> allocations = route.get();
            WarehouseRouting.consume(available, allocations);
            allocated.put(order.id(), allocations);
            for (Allocation a : allocations) {
                reservations.add(new Movement(
                        MovementType.RESERVATION,
                        a.skuCode(),
                        a.warehouse(),
                        a.quantity(),
                        "订单预占 / reserved for order " + order.orderNo(),
                        "order",
                        order.orderNo()));
                allocationRows.add(new AllocationRow(order.id(), a));
            }
            statusChanges.add(new StatusChange(order.id(), OrderStatus.ALLOCATED));
            Set<String> used = new LinkedHashSet<>();
            allocations.forEach(a -> used.add(a.warehouse()));
            timeline.add(new TimelineEntry(
                    order.id(),
                    "ALLOCATED",
                    actor,
                    (used.size() == 1 ? "分配至仓库 " : "拆分发货：")
                            + String.join(", ", used)
                            + (used.size() == 1 ? " / allocated to " : " / split over ")
                            + String.join(", ", used),
                    json.writeValueAsString(Map.of("allocations", allocations, "ranking", ranked))));
            events.publishEvent(new OrderAllocated(order.id(), order.orderNo(), allocations));
        }
        if (!reservations.isEmpty()) {
            inventory.apply(reservations);
        }
        orders.insertAllocations(allocationRows);
        orders.updateStatuses(statusChanges);
        orders.insertEvents(timeline);
        return allocated;
    }

    /** Gives an order's reserved units back to the pool; answers whether anything was reserved. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean release(long orderId, String orderNo, String why) {
        List<Allocation> allocations = orders.reservedAllocations(orderId);
        if (allocations.isEmpty()) {
            return false;
        }
        inventory.apply(allocations.stream()
                .map(a -> new Movement(
                        MovementType.RELEASE, a.skuCode(), a.warehouse(), a.quantity(), why, "order", orderNo))
                .toList());
        orders.deleteReservedAllocations(orderId);
        return true;
    }
}
