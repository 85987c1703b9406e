package io.storeops.orders;

import io.storeops.catalog.ProductCatalog;
import io.storeops.channels.ChannelOrder;
import io.storeops.channels.ChannelOrderCheck;
import io.storeops.channels.ChannelOrderReceived;
import io.storeops.orders.internal.OrderRepository;
import io.storeops.orders.internal.OrderRepository.Key;
import io.storeops.orders.internal.OrderRepository.NewLine;
import io.storeops.orders.internal.OrderRepository.NewOrder;
import io.storeops.orders.internal.OrderRepository.OpenOrder;
import io.storeops.orders.internal.OrderRepository.Stored;
import io.storeops.orders.internal.OrderRepository.TimelineEntry;
import io.storeops.platform.AuditLog;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes orders in from every channel (F4.1, F3.4): pulled or webhook orders through the durable event registry, file
 * imports and the batch API directly. A batch is one transaction: orders already stored (by channel + external id)
 * are recognised — a repeat is a no-op, a cancellation cancels — new ones are stored, reviewed (F4.2), merged with
 * open orders of the same buyer and address, and the approved ones routed and reserved (F4.3). An order that arrives
 * already cancelled is stored as cancelled, so a late earlier delivery of it cannot bring it back. An order either
 * exists completely, reviewed and (if possible) reserved, or not at all. Every order of a batch is checked first
 * ({@link ChannelOrderCheck}: a known channel, no negative amount, times from 2000 to a day ahead): one bad order
 * answers 400 naming {@code orders[i].field} and nothing is stored. The same external id twice in one batch is taken
 * once: the first occurrence counts, the later ones answer DUPLICATE.
 */
@Service
public class OrderIngestion {

    /** How long after payment an order must ship unless the channel says otherwise. */
    static final Duration SHIP_WITHIN = Duration.ofHours(48);

    private final OrderRepository orders;
    private final OrderRules rules;
    private final OrderAllocator allocator;
    private final Orders lifecycle;
    private final ProductCatalog catalog;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final ChannelOrderCheck check;

    OrderIngestion(
            OrderRepository orders,
            OrderRules rules,
            OrderAllocator allocator,
            Orders lifecycle,
            ProductCatalog catalog,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock,
            ChannelOrderCheck check) {
        this.check = check;
        this.orders = orders;
        this.rules = rules;
        this.allocator = allocator;
        this.lifecycle = lifecycle;
        this.catalog = catalog;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** What became of one delivered order. */
    public enum Outcome {
        /** Stored now (its status says how review and routing went; CANCELLED when it came in cancelled). */
        CREATED,
        /** Stored before: nothing changed. */
        DUPLICATE,
        /** Stored before and now cancelled by the channel; reserved stock released. */
        CANCELLED
    }

    public record Result(String channel, String externalId, Outcome outcome, String orderNo, OrderStatus status) {}

    /** Orders pulled from marketplaces or sent by webhooks, after the channel stored them (durable, at least once). */
    @ApplicationModuleListener
    void on(ChannelOrderReceived received) {
        ingest(List.of(received.order()), "CHANNEL");
    }

    /** Ingests a batch in one transaction; answers per order in the given order. */
    @Transactional
    public List<Result> ingest(List<ChannelOrder> batch, String source) {
        Set<String> knownChannels = check.knownChannels();
        List<FieldErrorException.Error> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            errors.addAll(problems(batch.get(i), i, knownChannels));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorException(errors);
        }
        // the first delivery of an external id in the batch counts; a later one in the same batch is a DUPLICATE
        Map<Key, ChannelOrder> byKey = new LinkedHashMap<>();
        Set<Integer> repeatedInBatch = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            ChannelOrder o = batch.get(i);
            if (byKey.putIfAbsent(new Key(o.channel(), o.externalId()), o) != null) {
                repeatedInBatch.add(i);
            }
        }
        List<Key> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.comparing(Key::channel).thenComparing(Key::externalId));

        Map<Key, Result> results = new HashMap<>();
        Map<Key, Stored> existing = orders.lockExisting(keys);
        for (var entry : existing.entrySet()) {
            results.put(entry.getKey(), repeat(entry.getValue(), byKey.get(entry.getKey())));
        }
        List<ChannelOrder> fresh = keys.stream()
                .filter(k -> !existing.containsKey(k))
                .map(byKey::get)
                .toList();
        if (!fresh.isEmpty()) {
            createAll(fresh, source).forEach(r -> results.put(new Key(r.channel(), r.externalId()), r));
        }
        List<Key> storedMeanwhile =
                keys.stream().filter(k -> !results.containsKey(k)).toList();
        orders.lockExisting(storedMeanwhile)
                .forEach((key, stored) -> results.put(
                        key,
                        new Result(
                                key.channel(),
                                key.externalId(),
                                Outcome.DUPLICATE,
                                stored.orderNo(),
                                stored.status())));
        List<Result> answer = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            ChannelOrder o = batch.get(i);
            Result r = results.get(new Key(o.channel(), o.externalId()));
            if (r == null) {
                answer.add(new Result(o.channel(), o.externalId(), Outcome.DUPLICATE, null, null));
            } else if (repeatedInBatch.contains(i)) {
                answer.add(new Result(r.channel(), r.externalId(), Outcome.DUPLICATE, r.orderNo(), r.status()));
            } else {
                answer.add(r);
            }
        }
        return answer;
    }

    private Result repeat(Stored stored, ChannelOrder incoming) {
        OrderStatus status = stored.status();
        if (incoming.status() == ChannelOrder.Status.CANCELLED && status.canMoveTo(OrderStatus.CANCELLED)) {
            lifecycle.cancelLocked(stored, "渠道取消 / cancelled on the channel");
            return new Result(
                    stored.channel(), stored.externalId(), Outcome.CANCELLED, stored.orderNo(), OrderStatus.CANCELLED);
        }
        return new Result(stored.channel(), stored.externalId(), Outcome.DUPLICATE, stored.orderNo(), status);
    }

    private List<Result> createAll(List<ChannelOrder> fresh, String source) {
        Instant now = clock.instant();
        ReviewSettings settings = rules.reviewSettings();
        Set<String> phones = new LinkedHashSet<>();
        Set<String> skus = new LinkedHashSet<>();
        for (ChannelOrder o : fresh) {
            String phone = OrderReview.phone(o);
            if (phone != null) {
                phones.add(phone);
            }
            o.lines().forEach(l -> skus.add(l.skuCode()));
        }
        // what is known before this batch: the buyers' history, their open orders, the catalog, the blacklist
        Map<String, OrderReview.BuyerHistory> history = new HashMap<>();
        orders.statsByPhone(phones)
                .forEach((phone, stats) -> history.put(
                        phone,
                        new OrderReview.BuyerHistory(
                                stats.orders(), OrderReview.average(stats.total(), stats.orders()))));
        Map<String, Long> mergeGroups = new HashMap<>();
        if (settings.mergeWindowMinutes() > 0) {
            for (OpenOrder open :
                    orders.openOrdersOf(phones, now.minus(Duration.ofMinutes(settings.mergeWindowMinutes())))) {
                mergeGroups.putIfAbsent(open.phone() + "|" + open.address(), open.mergeGroup());
            }
        }
        var context = new OrderReview.Context(settings, catalog.existingSkuCodes(skus), rules.blacklistSets(), history);

        // review first, so each order is inserted once with its outcome (no second write of every order row)
        long[] ids = orders.nextIds(fresh.size());
        List<NewOrder> rows = new ArrayList<>(fresh.size());
        List<List<HoldReason>> reviewed = new ArrayList<>(fresh.size());
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
            rows.add(row.reviewed(status, json.writeValueAsString(reasons), group));
            reviewed.add(reasons);
        }
        Set<Long> inserted = new HashSet<>();
        Map<Long, String> orderNos = new HashMap<>();
        for (Stored stored : orders.insertAll(rows)) {
            inserted.add(stored.id());
            orderNos.put(stored.id(), stored.orderNo());
        }

        List<NewLine> lines = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        List<OrderAllocator.ToRoute> toRoute = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        String actor = AuditLog.currentActor();
        for (int i = 0; i < fresh.size(); i++) {
            NewOrder row = rows.get(i);
            if (!inserted.contains(row.id())) {
                continue; // stored meanwhile by a concurrent delivery: a duplicate
            }
            ChannelOrder o = fresh.get(i);
            String orderNo = orderNos.get(row.id());
            Map<String, Integer> units = new LinkedHashMap<>();
            for (int l = 0; l < o.lines().size(); l++) {
                ChannelOrder.Line line = o.lines().get(l);
                units.merge(line.skuCode(), line.quantity(), Integer::sum);
                Money unit = line.unitPrice() == null ? Money.ZERO : line.unitPrice();
                Money discount = line.discount() == null ? Money.ZERO : line.discount();
                Money amount = line.amount() == null
                        ? unit.times(BigDecimal.valueOf(line.quantity())).minus(discount)
                        : line.amount();
                lines.add(new NewLine(
                        row.id(),
                        l + 1,
                        line.skuCode(),
                        line.itemCode(),
                        line.title(),
                        line.quantity(),
                        unit,
                        discount,
                        amount));
            }
            List<HoldReason> reasons = reviewed.get(i);
            OrderStatus status = row.status();
            Long group = row.mergeGroup();
            timeline.add(new TimelineEntry(
                    row.id(),
                    "RECEIVED",
                    actor,
                    "收到 %s 订单 %s / received %s order %s"
                            .formatted(o.channel(), o.externalId(), o.channel(), o.externalId()),
                    json.writeValueAsString(Map.of("source", source))));
            if (group != null) {
                timeline.add(new TimelineEntry(
                        row.id(),
                        "MERGED",
                        actor,
                        "与同一买家同一地址的订单合并发货 / ships together with the same buyer's open order",
                        json.writeValueAsString(Map.of("mergeGroup", group))));
            }
            timeline.add(new TimelineEntry(
                    row.id(),
                    status.name(),
                    "auto-review",
                    switch (status) {
                        case HELD ->
                            "自动审单挂起 / held by automatic review: "
                                    + String.join(
                                            "; ",
                                            reasons.stream()
                                                    .map(HoldReason::message)
                                                    .toList());
                        case CANCELLED -> "渠道已取消 / already cancelled on the channel";
                        default -> "自动审单通过 / approved by automatic review";
                    },
                    reasons.isEmpty() ? null : json.writeValueAsString(reasons)));
            events.publishEvent(new OrderPlaced(
                    new OrderId(row.id()),
                    orderNo,
                    o.channel(),
                    o.externalId(),
                    row.total(),
                    units.values().stream().mapToInt(Integer::intValue).sum(),
                    row.orderedAt()));
            if (status == OrderStatus.CANCELLED) {
                events.publishEvent(
                        new OrderCancelled(new OrderId(row.id()), orderNo, "cancelled on the channel", false));
            } else if (status == OrderStatus.HELD) {
                events.publishEvent(new OrderHeld(
                        new OrderId(row.id()),
                        orderNo,
                        reasons.stream().map(HoldReason::code).distinct().toList()));
            } else {
                toRoute.add(new OrderAllocator.ToRoute(row.id(), orderNo, row.province(), units, OrderStatus.APPROVED));
            }
            results.add(new Result(o.channel(), o.externalId(), Outcome.CREATED, orderNo, status));
        }
        orders.insertLines(lines);
        orders.insertEvents(timeline);
        Map<Long, List<Allocation>> allocated = allocator.allocate(toRoute);
        Map<String, Long> idByNo = new HashMap<>();
        toRoute.forEach(t -> idByNo.put(t.orderNo(), t.id()));
        return results.stream()
                .map(r -> r.status() == OrderStatus.APPROVED
                        ? new Result(
                                r.channel(),
                                r.externalId(),
                                r.outcome(),
                                r.orderNo(),
                                allocated.containsKey(idByNo.get(r.orderNo()))
                                        ? OrderStatus.ALLOCATED
                                        : OrderStatus.AWAITING_STOCK)
                        : r)
                .toList();
    }

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
                paidAt.plus(SHIP_WITHIN),
                null,
                null);
    }

    /** The order's field errors: required fields, line limits and {@link ChannelOrderCheck} (channel, amounts, dates). */
    private List<FieldErrorException.Error> problems(ChannelOrder o, int index, Set<String> knownChannels) {
        String at = "orders[" + index + "].";
        List<FieldErrorException.Error> errors = new ArrayList<>();
        if (o.channel() == null || o.channel().isBlank()) {
            errors.add(new FieldErrorException.Error(at + "channel", "必填 / required"));
        }
        if (o.externalId() == null || o.externalId().isBlank()) {
            errors.add(new FieldErrorException.Error(at + "externalId", "必填 / required"));
        }
        if (o.lines().isEmpty()) {
            errors.add(new FieldErrorException.Error(at + "lines", "至少一行 / at least one line"));
        }
        for (int l = 0; l < o.lines().size(); l++) {
            var line = o.lines().get(l);
            if (line.skuCode() == null
                    || line.skuCode().isBlank()
                    || line.skuCode().length() > 64) {
                errors.add(new FieldErrorException.Error(
                        at + "lines[" + l + "].skuCode", "1–64 个字符 / 1 to 64 characters"));
            }
            if (line.quantity() <= 0 || line.quantity() > 9999) {
                errors.add(new FieldErrorException.Error(
                        at + "lines[" + l + "].quantity", "须在 1–9999 之间 / must be 1 to 9999"));
            }
        }
        errors.addAll(check.problems(o, at, knownChannels));
        return errors;
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }
}
