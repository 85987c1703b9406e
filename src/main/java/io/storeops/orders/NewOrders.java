package io.storeops.orders;

import io.storeops.catalog.ProductCatalog;
import io.storeops.channels.ChannelOrder;
import io.storeops.orders.OrderIngestion.Outcome;
import io.storeops.orders.OrderIngestion.Result;
import io.storeops.orders.internal.OrderRepository;
import io.storeops.orders.internal.OrderRepository.NewLine;
import io.storeops.orders.internal.OrderRepository.NewOrder;
import io.storeops.orders.internal.OrderRepository.OpenOrder;
import io.storeops.orders.internal.OrderRepository.TimelineEntry;
import io.storeops.platform.AuditLog;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the new orders of an ingested batch, in steps: review each order against what was known before the batch
 * (and merge it with the same buyer's open order), insert every order once with its outcome, write lines and
 * timeline, publish what happened, and route and reserve the approved ones.
 */
@Component
class NewOrders {

    private final OrderRepository orders;
    private final OrderRules rules;
    private final OrderAllocator allocator;
    private final ProductCatalog catalog;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    NewOrders(
            OrderRepository orders,
            OrderRules rules,
            OrderAllocator allocator,
            ProductCatalog catalog,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.orders = orders;
        this.rules = rules;
        this.allocator = allocator;
        this.catalog = catalog;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** An order with the outcome of its review, ready to insert. */
    private record Reviewed(ChannelOrder order, NewOrder row, List<HoldReason> reasons) {}

    /** An order this batch inserted, with the number it got and its units per SKU. */
    private record Created(ChannelOrder order, NewOrder row, List<HoldReason> reasons, String orderNo) {

        long id() {
            return row.id();
        }

        OrderStatus status() {
            return row.status();
        }

        Map<String, Integer> units() {
            Map<String, Integer> units = new LinkedHashMap<>();
            order.lines().forEach(l -> units.merge(l.skuCode(), l.quantity(), Integer::sum));
            return units;
        }

        /** The answer for the order; an approved one says whether it could be reserved. */
        Result result(Map<Long, List<Allocation>> allocated) {
            OrderStatus status = status() != OrderStatus.APPROVED
                    ? status()
                    : allocated.containsKey(id()) ? OrderStatus.ALLOCATED : OrderStatus.AWAITING_STOCK;
            return new Result(order.channel(), order.externalId(), Outcome.CREATED, orderNo, status);
        }
    }

    /** Creates the orders (none of them stored before); an order stored meanwhile by another delivery is left out. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Result> createAll(List<ChannelOrder> fresh, String source) {
        List<Created> created = insert(review(fresh, source));
        record(created, source);
        Map<Long, List<Allocation>> allocated = allocator.allocate(publish(created));
        return created.stream().map(c -> c.result(allocated)).toList();
    }

    /**
     * Reviews every order first, so each is inserted once with its outcome (no second write of every order row). An
     * order is merged with an open order of the same buyer and address within the merge window, or with an earlier
     * order of the batch.
     */
    private List<Reviewed> review(List<ChannelOrder> fresh, String source) {
        ReviewSettings settings = rules.reviewSettings();
        Set<String> phones = new LinkedHashSet<>();
        fresh.stream().map(OrderReview::phone).filter(Objects::nonNull).forEach(phones::add);
        OrderReview.Context context = knownBefore(fresh, phones, settings);
        Map<String, Long> mergeGroups = openMergeGroups(phones, settings);
        long[] ids = orders.nextIds(fresh.size());
        List<Reviewed> reviewed = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            ChannelOrder o = fresh.get(i);
            NewOrder row = newOrder(o, source, ids[i]);
            boolean cancelled = o.status() == ChannelOrder.Status.CANCELLED;
            List<HoldReason> reasons = cancelled ? List.of() : OrderReview.review(o, row.total(), context);
            String phone = OrderReview.phone(o);
            String address = OrderReview.normalisedAddress(o);
            Long group = null;
            if (settings.mergeWindowMinutes() > 0 && phone != null && !address.isEmpty()) {
                group = mergeGroups.putIfAbsent(phone + "|" + address, ids[i]);
            }
            OrderStatus status =
                    cancelled ? OrderStatus.CANCELLED : reasons.isEmpty() ? OrderStatus.APPROVED : OrderStatus.HELD;
            reviewed.add(new Reviewed(o, row.reviewed(status, json.writeValueAsString(reasons), group), reasons));
        }
        return reviewed;
    }

    /** What is known before this batch: the buyers' history, the catalog's SKUs and the blacklist. */
    private OrderReview.Context knownBefore(List<ChannelOrder> fresh, Set<String> phones, ReviewSettings settings) {
        Set<String> skus = new LinkedHashSet<>();
        fresh.forEach(o -> o.lines().forEach(l -> skus.add(l.skuCode())));
        Map<String, OrderReview.BuyerHistory> history = new HashMap<>();
        orders.statsByPhone(phones)
                .forEach((phone, stats) -> history.put(
                        phone,
                        new OrderReview.BuyerHistory(
                                stats.orders(), OrderReview.average(stats.total(), stats.orders()))));
        return new OrderReview.Context(settings, catalog.existingSkuCodes(skus), rules.blacklistSets(), history);
    }

    /** The merge group of each buyer's (phone | address) open order within the merge window; empty when merging is off. */
    private Map<String, Long> openMergeGroups(Set<String> phones, ReviewSettings settings) {
        Map<String, Long> mergeGroups = new HashMap<>();
        if (settings.mergeWindowMinutes() > 0) {
            Instant since = clock.instant().minus(Duration.ofMinutes(settings.mergeWindowMinutes()));
            for (OpenOrder open : orders.openOrdersOf(phones, since)) {
                mergeGroups.putIfAbsent(open.phone() + "|" + open.address(), open.mergeGroup());
            }
        }
        return mergeGroups;
    }

    /** Inserts the orders; one stored meanwhile by a concurrent delivery is not inserted (a duplicate). */
    private List<Created> insert(List<Reviewed> reviewed) {
        Map<Long, String> orderNos = new HashMap<>();
        orders.insertAll(reviewed.stream().map(Reviewed::row).toList())
                .forEach(stored -> orderNos.put(stored.id(), stored.orderNo()));
        return reviewed.stream()
                .filter(r -> orderNos.containsKey(r.row().id()))
                .map(r -> new Created(
                        r.order(), r.row(), r.reasons(), orderNos.get(r.row().id())))
                .toList();
    }

    /** Writes the orders' lines and their first steps on the timeline: received, merged, reviewed. */
    private void record(List<Created> created, String source) {
        List<NewLine> lines = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        String actor = AuditLog.currentActor();
        for (Created c : created) {
            lines.addAll(lines(c));
            timeline.addAll(timeline(c, source, actor));
        }
        orders.insertLines(lines);
        orders.insertEvents(timeline);
    }

    private static List<NewLine> lines(Created c) {
        List<NewLine> lines = new ArrayList<>(c.order().lines().size());
        for (int l = 0; l < c.order().lines().size(); l++) {
            ChannelOrder.Line line = c.order().lines().get(l);
            Money unit = line.unitPrice() == null ? Money.ZERO : line.unitPrice();
            Money discount = line.discount() == null ? Money.ZERO : line.discount();
            Money amount = line.amount() == null
                    ? unit.times(BigDecimal.valueOf(line.quantity())).minus(discount)
                    : line.amount();
            lines.add(new NewLine(
                    c.id(),
                    new OrderLine(
                            l + 1,
                            line.skuCode(),
                            line.itemCode(),
                            line.title(),
                            line.quantity(),
                            unit,
                            discount,
                            amount)));
        }
        return lines;
    }

    private List<TimelineEntry> timeline(Created c, String source, String actor) {
        ChannelOrder o = c.order();
        List<TimelineEntry> timeline = new ArrayList<>(3);
        timeline.add(new TimelineEntry(
                c.id(),
                "RECEIVED",
                actor,
                Message.of(TimelineMessage.TIMELINE_RECEIVED, "channel", o.channel(), "externalId", o.externalId()),
                json.writeValueAsString(Map.of("source", source))));
        if (c.row().mergeGroup() != null) {
            timeline.add(new TimelineEntry(
                    c.id(),
                    "MERGED",
                    actor,
                    Message.of(TimelineMessage.TIMELINE_MERGED),
                    json.writeValueAsString(Map.of("mergeGroup", c.row().mergeGroup()))));
        }
        timeline.add(new TimelineEntry(
                c.id(),
                c.status().name(),
                "auto-review",
                reviewSummary(c.status(), c.reasons()),
                c.reasons().isEmpty() ? null : json.writeValueAsString(c.reasons())));
        return timeline;
    }

    private static Message reviewSummary(OrderStatus status, List<HoldReason> reasons) {
        return switch (status) {
            case HELD ->
                Message.of(
                        TimelineMessage.TIMELINE_HELD_BY_REVIEW,
                        "reasons",
                        reasons.stream().map(HoldReason::message).toList());
            case CANCELLED -> Message.of(TimelineMessage.TIMELINE_ALREADY_CANCELLED_ON_CHANNEL);
            default -> Message.of(TimelineMessage.TIMELINE_APPROVED_BY_REVIEW);
        };
    }

    /** Publishes what happened to each order; answers the approved ones, to be routed. */
    private List<OrderAllocator.ToRoute> publish(List<Created> created) {
        List<OrderAllocator.ToRoute> toRoute = new ArrayList<>();
        for (Created c : created) {
            OrderId id = new OrderId(c.id());
            Map<String, Integer> units = c.units();
            events.publishEvent(new OrderPlaced(
                    id,
                    c.orderNo(),
                    c.order().channel(),
                    c.order().externalId(),
                    c.row().total(),
                    units.values().stream().mapToInt(Integer::intValue).sum(),
                    c.row().orderedAt()));
            switch (c.status()) {
                case CANCELLED ->
                    events.publishEvent(new OrderCancelled(id, c.orderNo(), "cancelled on the channel", false));
                case HELD ->
                    events.publishEvent(new OrderHeld(
                            id,
                            c.orderNo(),
                            c.reasons().stream()
                                    .map(HoldReason::code)
                                    .distinct()
                                    .toList()));
                default ->
                    toRoute.add(new OrderAllocator.ToRoute(
                            c.id(), c.orderNo(), c.row().province(), units, OrderStatus.APPROVED));
            }
        }
        return toRoute;
    }

    /** The order as it is stored before review: amounts from its lines when the channel gave none, texts cut to fit. */
    private NewOrder newOrder(ChannelOrder o, String source, long id) {
        Money items = Money.ZERO;
        Money discount = Money.ZERO;
        for (ChannelOrder.Line line : o.lines()) {
            Money unit = line.unitPrice() == null ? Money.ZERO : line.unitPrice();
            Money lineDiscount = line.discount() == null ? Money.ZERO : line.discount();
            items = items.plus(unit.times(BigDecimal.valueOf(line.quantity())));
            discount = discount.plus(lineDiscount);
        }
        Money shipping = o.shippingFee() == null ? Money.ZERO : o.shippingFee();
        Money total = o.total() != null ? o.total() : items.minus(discount).plus(shipping);
        Instant orderedAt = o.createdAt() != null ? o.createdAt() : clock.instant();
        Instant paidAt = o.paidAt() != null ? o.paidAt() : orderedAt;
        var buyer = o.buyer();
        var address = o.address();
        return new NewOrder(
                id,
                o.channel(),
                o.externalId(),
                source,
                OrderStatus.PENDING_REVIEW,
                buyer == null ? null : cut(buyer.nick(), 100),
                buyer == null ? null : cut(buyer.name(), 100),
                OrderReview.phone(o) == null ? null : cut(OrderReview.phone(o), 32),
                address == null ? null : cut(address.province(), 50),
                address == null ? null : cut(address.city(), 50),
                address == null ? null : cut(address.district(), 50),
                address == null ? null : cut(address.detail(), 300),
                items,
                discount,
                shipping,
                total,
                cut(o.paymentMethod(), 16),
                cut(o.buyerMessage(), 500),
                orderedAt,
                paidAt,
                paidAt.plus(OrderIngestion.SHIP_WITHIN),
                null,
                null);
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }
}
