package io.storeops.orders;

import io.storeops.channels.ChannelOrder;
import io.storeops.orders.internal.HistoryRepository;
import io.storeops.orders.internal.OrderRepository.Key;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports past orders with their outcome (merchants moving from an ERP, the demo's last 90 days): finished orders —
 * DELIVERED, COMPLETED, CANCELLED or REFUNDED — with their real times, one delivered parcel with its scans, an
 * optional return and refund, and a timeline at the historical times, so reports and after-sales metrics
 * ({@link AfterSalesMetrics}) cover the past from day one. The promised ship-by time is payment + 48 hours, as for
 * live orders, so late shipments count.
 *
 * <p>History does <b>not</b> touch stock: it is the past, and the stock of record is today's count. No movements are
 * made, nothing is reserved, returned goods are not restocked, and no order events are published (no channel pushes,
 * no notifications). A batch is one transaction, idempotent by channel + external id: orders stored before (by
 * ingestion or an earlier import) are skipped and left as they are.
 */
@Service
public class OrderHistory {

    /** Statuses a historical order may have. */
    public static final Set<OrderStatus> FINISHED =
            Set.of(OrderStatus.DELIVERED, OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.REFUNDED);

    private static final String ACTOR = "history-import";
    private static final Duration COMPLETED_AFTER = Duration.ofDays(7);

    private final HistoryRepository history;
    private final OrderIngestion ingestion;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    OrderHistory(HistoryRepository history, OrderIngestion ingestion, AuditLog audit, JsonMapper json, Clock clock) {
        this.history = history;
        this.ingestion = ingestion;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** How an import went: orders stored now, and orders skipped because they were known already. */
    public record Result(int imported, int skipped) {}

    /**
     * Stores the orders not known yet (by channel + external id) in one transaction; a repeat within the batch or of
     * a stored order is skipped. Every order is checked first: a bad one fails the whole batch with a field error
     * naming {@code orders[i].field}.
     */
    @Transactional
    public Result importHistory(List<HistoricalOrder> batch) {
        Instant now = clock.instant();
        for (int i = 0; i < batch.size(); i++) {
            validate(batch.get(i), i, now);
        }
        Map<Key, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            HistoricalOrder o = batch.get(i);
            firstIndex.putIfAbsent(new Key(o.channel().strip(), o.externalId().strip()), i);
        }
        Set<Key> known = history.existing(firstIndex.keySet());
        List<Integer> fresh = new ArrayList<>();
        firstIndex.forEach((key, index) -> {
            if (!known.contains(key)) {
                fresh.add(index);
            }
        });
        checkTrackingNumbers(batch, fresh);

        List<HistoryRepository.Row> rows = new ArrayList<>(fresh.size());
        for (int index : fresh) {
            rows.add(row(batch.get(index)));
        }
        List<HistoryRepository.Inserted> inserted = history.insertOrders(rows);
        Map<Key, HistoryRepository.Inserted> byKey = new HashMap<>();
        inserted.forEach(r -> byKey.put(r.key(), r));

        int parcels = 0;
        int returns = 0;
        for (int index : fresh) {
            HistoricalOrder o = batch.get(index);
            if (byKey.containsKey(key(o))) {
                parcels += o.parcel() == null ? 0 : 1;
                returns += o.returned() == null ? 0 : 1;
            }
        }
        long[] shipmentIds = history.nextIds("shipments", parcels);
        long[] returnIds = history.nextIds("returns", returns);
        int nextShipment = 0;
        int nextReturn = 0;

        List<Object[]> lines = new ArrayList<>();
        List<Object[]> shipments = new ArrayList<>();
        List<Object[]> shipmentLines = new ArrayList<>();
        List<Object[]> allocations = new ArrayList<>();
        List<Object[]> scans = new ArrayList<>();
        List<Object[]> returnRows = new ArrayList<>();
        List<Object[]> returnLines = new ArrayList<>();
        List<Object[]> refunds = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (int index : fresh) {
            HistoricalOrder o = batch.get(index);
            HistoryRepository.Inserted stored = byKey.get(key(o));
            if (stored == null) {
                continue; // imported meanwhile by a concurrent batch
            }
            long orderId = stored.id();
            Instant paidAt = paidAt(o);
            Map<String, Integer> units = new LinkedHashMap<>();
            Map<String, Money> paid = new LinkedHashMap<>();
            for (int l = 0; l < o.lines().size(); l++) {
                HistoricalOrder.Line line = o.lines().get(l);
                Money amount = amount(line);
                lines.add(new Object[] {
                    orderId,
                    l + 1,
                    line.skuCode().strip(),
                    cut(line.title(), 200),
                    line.quantity(),
                    line.unitPrice().amount(),
                    orZero(line.discount()).amount(),
                    amount.amount()
                });
                units.merge(line.skuCode().strip(), line.quantity(), Integer::sum);
                paid.merge(line.skuCode().strip(), amount, Money::plus);
            }
            event(
                    events,
                    orderId,
                    o.orderedAt(),
                    "RECEIVED",
                    "导入历史订单 %s %s / historical %s order %s"
                            .formatted(o.channel(), o.externalId(), o.channel(), o.externalId()),
                    Map.of("source", "HISTORY"));
            event(events, orderId, paidAt, "APPROVED", "已付款（历史订单）/ paid (historical order)", null);
            if (o.status() == OrderStatus.CANCELLED) {
                event(events, orderId, cancelledAt(o), "CANCELLED", "订单已取消（历史）/ cancelled (historical)", null);
            }
            HistoricalOrder.Parcel parcel = o.parcel();
            Long returnId = null;
            if (parcel != null) {
                long shipmentId = shipmentIds[nextShipment++];
                String shipmentNo = stored.orderNo() + "-1";
                String carrier = parcel.carrier().strip().toUpperCase(Locale.ROOT);
                String tracking = parcel.trackingNo().strip();
                String warehouse = parcel.warehouse().strip();
                List<HistoricalOrder.Scan> parcelScans = parcel.scans().isEmpty()
                        ? List.of(
                                new HistoricalOrder.Scan(
                                        "PICKED_UP", warehouse, "快递员已揽收 / picked up", parcel.shippedAt()),
                                new HistoricalOrder.Scan(
                                        "DELIVERED",
                                        o.address() == null ? null : o.address().city(),
                                        "已签收 / delivered",
                                        parcel.deliveredAt()))
                        : parcel.scans();
                HistoricalOrder.Scan last = parcelScans.getFirst();
                for (int s = 0; s < parcelScans.size(); s++) {
                    HistoricalOrder.Scan scan = parcelScans.get(s);
                    if (!scan.occurredAt().isBefore(last.occurredAt())) {
                        last = scan;
                    }
                    scans.add(new Object[] {
                        shipmentId,
                        "history:%s:%s:%d".formatted(carrier, tracking, s + 1),
                        cut(scan.status().strip().toUpperCase(Locale.ROOT), 32),
                        cut(scan.location(), 100),
                        cut(scan.description(), 300),
                        ts(scan.occurredAt()),
                        ts(scan.occurredAt())
                    });
                }
                shipments.add(new Object[] {
                    shipmentId,
                    shipmentNo,
                    orderId,
                    warehouse,
                    carrier,
                    tracking,
                    ts(parcel.shippedAt()),
                    ts(parcel.shippedAt()),
                    ts(parcel.deliveredAt()),
                    ts(last.occurredAt()),
                    cut(last.status().strip().toUpperCase(Locale.ROOT), 32),
                    cut(last.location(), 100)
                });
                units.forEach((sku, quantity) -> {
                    shipmentLines.add(new Object[] {shipmentId, sku, quantity});
                    allocations.add(new Object[] {orderId, sku, warehouse, quantity, shipmentId});
                });
                event(
                        events,
                        orderId,
                        parcel.shippedAt(),
                        "SHIPPED",
                        "%s 仓发货，%s %s / shipped from %s with %s %s"
                                .formatted(warehouse, carrier, tracking, warehouse, carrier, tracking),
                        Map.of("shipmentNo", shipmentNo));
                event(events, orderId, parcel.deliveredAt(), "DELIVERED", "全部包裹已签收 / every parcel delivered", null);
                if (o.status() == OrderStatus.COMPLETED) {
                    Instant completed = parcel.deliveredAt().plus(COMPLETED_AFTER);
                    event(
                            events,
                            orderId,
                            completed.isAfter(now) ? now : completed,
                            "COMPLETED",
                            "买家确认收货 / confirmed by the buyer",
                            null);
                }
                HistoricalOrder.Return r = o.returned();
                if (r != null) {
                    returnId = returnIds[nextReturn++];
                    ReturnView.Type type = r.type() == null ? ReturnView.Type.RETURN : r.type();
                    HistoricalOrder.Refund refund = o.refund();
                    Instant closed = r.receivedAt();
                    if (refund != null && (closed == null || refund.refundedAt().isAfter(closed))) {
                        closed = refund.refundedAt();
                    }
                    boolean received = r.receivedAt() != null;
                    returnRows.add(new Object[] {
                        returnId,
                        "R" + stored.orderNo() + "-1",
                        orderId,
                        type.name(),
                        closed == null ? ReturnView.Status.REQUESTED.name() : ReturnView.Status.CLOSED.name(),
                        r.reason().name(),
                        cut(r.note(), 500),
                        received ? r.resellable() : null,
                        received && Boolean.TRUE.equals(r.resellable()) ? warehouse : null,
                        ts(r.requestedAt()),
                        received ? ts(r.requestedAt()) : null,
                        ts(r.receivedAt()),
                        ts(closed)
                    });
                    long rid = returnId;
                    units.forEach((sku, quantity) -> returnLines.add(
                            new Object[] {rid, sku, quantity, paid.get(sku).amount()}));
                    String why = r.reason().name()
                            + (r.note() == null || r.note().isBlank()
                                    ? ""
                                    : ": " + r.note().strip());
                    event(
                            events,
                            orderId,
                            r.requestedAt(),
                            "RETURN_REQUESTED",
                            "%s 申请：%s / %s requested: %s".formatted(type, why, type, why),
                            null);
                    if (received) {
                        event(
                                events,
                                orderId,
                                r.receivedAt(),
                                "RETURN_RECEIVED",
                                Boolean.TRUE.equals(r.resellable())
                                        ? "退货已收到，可二次销售（历史，未入库）/ return received, resellable (historical, not restocked)"
                                        : "退货已收到，不可二次销售 / return received, not resellable",
                                null);
                    }
                }
            }
            HistoricalOrder.Refund refund = o.refund();
            if (refund != null) {
                String reason = o.returned() != null
                        ? o.returned().reason().name()
                        : o.status() == OrderStatus.CANCELLED ? "取消退款 / refund of a cancelled order" : "退款 / refund";
                refunds.add(new Object[] {
                    "F" + stored.orderNo() + "-1",
                    orderId,
                    returnId,
                    refund.amount().amount(),
                    reason,
                    refund.fast(),
                    refund.fast() ? "fast-refund-policy" : ACTOR,
                    ts(refund.requestedAt()),
                    ts(refund.refundedAt())
                });
                event(
                        events,
                        orderId,
                        refund.refundedAt(),
                        "REFUNDED",
                        (refund.fast() ? "极速退款 %s 已支付 / fast refund of %s paid" : "退款 %s 已支付 / refund of %s paid")
                                .formatted(refund.amount(), refund.amount()),
                        null);
            }
        }
        history.insertLines(lines);
        history.insertShipments(shipments);
        history.insertShipmentLines(shipmentLines);
        history.insertAllocations(allocations);
        history.insertScans(scans);
        history.insertReturns(returnRows);
        history.insertReturnLines(returnLines);
        history.insertRefunds(refunds);
        history.insertEvents(events);
        Result result = new Result(inserted.size(), batch.size() - inserted.size());
        if (!inserted.isEmpty()) {
            audit.record(
                    AuditAction.IMPORT,
                    "order-history",
                    inserted.getFirst().orderNo(),
                    "Imported %d historical orders (%d skipped)".formatted(result.imported(), result.skipped()),
                    null,
                    result);
        }
        return result;
    }

    /**
     * Corrects when a parcel left the warehouse (and its SHIPPED timeline entry), e.g. for a parcel handed to the
     * carrier before StoreOps tracked it. Stock is not touched.
     */
    @Transactional
    public void backdateShipment(long shipmentId, Instant shippedAt) {
        if (shippedAt == null || shippedAt.isAfter(clock.instant())) {
            throw new FieldErrorException("shippedAt", "不能晚于现在 / must not be in the future");
        }
        history.backdateShipment(shipmentId, shippedAt);
    }

    /**
     * An order still open at a cut-over (or the demo's live orders): paid, not yet shipped. It goes through normal
     * ingestion — reviewed, routed and reserved in the inventory module like any API batch.
     */
    public record OpenOrder(
            String channel,
            String externalId,
            Instant orderedAt,
            Instant paidAt,
            HistoricalOrder.Buyer buyer,
            HistoricalOrder.Address address,
            List<HistoricalOrder.Line> lines,
            Money shippingFee,
            String paymentMethod,
            String buyerMessage) {}

    /**
     * Takes open orders in through {@link OrderIngestion#ingest} (idempotent by channel + external id, one
     * transaction); unlike history they reserve stock.
     */
    @Transactional
    public List<OrderIngestion.Result> ingestOpen(List<OpenOrder> open, String source) {
        List<ChannelOrder> batch = new ArrayList<>(open.size());
        for (OpenOrder o : open) {
            batch.add(new ChannelOrder(
                    o.channel(),
                    o.externalId(),
                    ChannelOrder.Status.PAID,
                    o.orderedAt(),
                    o.paidAt(),
                    o.buyer() == null
                            ? null
                            : new ChannelOrder.Buyer(
                                    o.buyer().nick(),
                                    o.buyer().name(),
                                    o.buyer().phone()),
                    o.address() == null
                            ? null
                            : new ChannelOrder.Address(
                                    o.address().province(),
                                    o.address().city(),
                                    o.address().district(),
                                    o.address().detail()),
                    o.lines().stream()
                            .map(l -> new ChannelOrder.Line(
                                    l.skuCode(),
                                    null,
                                    l.title(),
                                    l.quantity() == null ? 0 : l.quantity(),
                                    l.unitPrice(),
                                    l.discount(),
                                    l.unitPrice() == null ? null : amount(l)))
                            .toList(),
                    o.shippingFee(),
                    null,
                    o.paymentMethod(),
                    o.buyerMessage()));
        }
        return ingestion.ingest(batch, source);
    }

    private HistoryRepository.Row row(HistoricalOrder o) {
        Money items = Money.ZERO;
        Money discount = Money.ZERO;
        for (HistoricalOrder.Line line : o.lines()) {
            items = items.plus(line.unitPrice().times(BigDecimal.valueOf(line.quantity())));
            discount = discount.plus(orZero(line.discount()));
        }
        Money shipping = orZero(o.shippingFee());
        Money total = items.minus(discount).plus(shipping);
        Instant paidAt = paidAt(o);
        Instant last = o.orderedAt();
        for (Instant at : new Instant[] {
            paidAt,
            o.status() == OrderStatus.CANCELLED ? cancelledAt(o) : null,
            o.parcel() == null ? null : o.parcel().deliveredAt(),
            o.returned() == null ? null : o.returned().receivedAt(),
            o.refund() == null ? null : o.refund().refundedAt()
        }) {
            if (at != null && at.isAfter(last)) {
                last = at;
            }
        }
        var buyer = o.buyer();
        var address = o.address();
        return new HistoryRepository.Row(
                o.channel().strip(),
                o.externalId().strip(),
                o.status().name(),
                buyer == null ? null : cut(buyer.nick(), 100),
                buyer == null ? null : cut(buyer.name(), 100),
                buyer == null ? null : cut(OrderReview.buyerPhone(buyer.phone()), 32),
                address == null ? null : cut(address.province(), 50),
                address == null ? null : cut(address.city(), 50),
                address == null ? null : cut(address.district(), 50),
                address == null ? null : cut(address.detail(), 300),
                items.amount(),
                discount.amount(),
                shipping.amount(),
                total.amount(),
                cut(o.paymentMethod(), 16),
                o.orderedAt(),
                paidAt,
                paidAt.plus(OrderIngestion.SHIP_WITHIN),
                last);
    }

    private void checkTrackingNumbers(List<HistoricalOrder> batch, List<Integer> fresh) {
        Map<String, Integer> pairs = new LinkedHashMap<>();
        for (int index : fresh) {
            HistoricalOrder.Parcel parcel = batch.get(index).parcel();
            if (parcel == null) {
                continue;
            }
            String pair = parcel.carrier().strip().toUpperCase(Locale.ROOT) + "|"
                    + parcel.trackingNo().strip();
            if (pairs.putIfAbsent(pair, index) != null) {
                throw new FieldErrorException(
                        "orders[" + index + "].parcel.trackingNo",
                        "批次内运单号重复 / tracking number used twice in the batch");
            }
        }
        Set<String> taken = history.takenTrackingNumbers(pairs.keySet());
        for (var entry : pairs.entrySet()) {
            if (taken.contains(entry.getKey())) {
                throw new FieldErrorException(
                        "orders[" + entry.getValue() + "].parcel.trackingNo", "运单号已被使用 / tracking number already used");
            }
        }
    }

    private static void validate(HistoricalOrder o, int index, Instant now) {
        String at = "orders[" + index + "].";
        if (o == null) {
            throw new FieldErrorException("orders[" + index + "]", "必填 / required");
        }
        text(o.channel(), at + "channel", 32);
        text(o.externalId(), at + "externalId", 100);
        if (o.status() == null || !FINISHED.contains(o.status())) {
            throw new FieldErrorException(
                    at + "status",
                    "须为 DELIVERED、COMPLETED、CANCELLED 或 REFUNDED / must be DELIVERED, COMPLETED, CANCELLED or REFUNDED");
        }
        past(o.orderedAt(), at + "orderedAt", null, now);
        if (o.paidAt() != null) {
            past(o.paidAt(), at + "paidAt", o.orderedAt(), now);
        }
        Instant paidAt = paidAt(o);
        if (o.lines().isEmpty() || o.lines().size() > 200) {
            throw new FieldErrorException(at + "lines", "1–200 行 / 1 to 200 lines");
        }
        Money total = orZero(o.shippingFee());
        if (total.isNegative()) {
            throw new FieldErrorException(at + "shippingFee", "不能为负 / must not be negative");
        }
        for (int l = 0; l < o.lines().size(); l++) {
            String lineAt = at + "lines[" + l + "].";
            HistoricalOrder.Line line = o.lines().get(l);
            if (line == null) {
                throw new FieldErrorException(at + "lines[" + l + "]", "必填 / required");
            }
            text(line.skuCode(), lineAt + "skuCode", 64);
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > 9999) {
                throw new FieldErrorException(lineAt + "quantity", "须在 1–9999 之间 / must be 1 to 9999");
            }
            if (line.unitPrice() == null || line.unitPrice().isNegative()) {
                throw new FieldErrorException(lineAt + "unitPrice", "必填且不能为负 / required, not negative");
            }
            if (orZero(line.discount()).isNegative() || amount(line).isNegative()) {
                throw new FieldErrorException(lineAt + "discount", "须在 0 与行金额之间 / between 0 and the line amount");
            }
            total = total.plus(amount(line));
        }
        if (o.status() == OrderStatus.CANCELLED) {
            if (o.parcel() != null) {
                throw new FieldErrorException(at + "parcel", "已取消的订单没有包裹 / a cancelled order has no parcel");
            }
            if (o.returned() != null) {
                throw new FieldErrorException(at + "returned", "已取消的订单不能退货 / a cancelled order has no return");
            }
            if (o.cancelledAt() != null) {
                past(o.cancelledAt(), at + "cancelledAt", o.orderedAt(), now);
            }
        } else {
            if (o.cancelledAt() != null) {
                throw new FieldErrorException(at + "cancelledAt", "仅用于已取消的订单 / only for a cancelled order");
            }
            HistoricalOrder.Parcel parcel = o.parcel();
            String p = at + "parcel.";
            if (parcel == null) {
                throw new FieldErrorException(at + "parcel", "已发货的订单须有包裹 / a shipped order needs its parcel");
            }
            text(parcel.warehouse(), p + "warehouse", 32);
            String carrier =
                    parcel.carrier() == null ? "" : parcel.carrier().strip().toUpperCase(Locale.ROOT);
            if (!Fulfilment.CARRIERS.contains(carrier)) {
                throw new FieldErrorException(
                        p + "carrier", "未知快递公司 / unknown carrier (SF, ZTO, YTO, STO, YUNDA, JD, EMS)");
            }
            if (parcel.trackingNo() == null || !parcel.trackingNo().strip().matches("[A-Za-z0-9]{6,40}")) {
                throw new FieldErrorException(p + "trackingNo", "运单号须为 6–40 位字母数字 / 6 to 40 letters and digits");
            }
            past(parcel.shippedAt(), p + "shippedAt", paidAt, now);
            past(parcel.deliveredAt(), p + "deliveredAt", parcel.shippedAt(), now);
            for (int s = 0; s < parcel.scans().size(); s++) {
                HistoricalOrder.Scan scan = parcel.scans().get(s);
                String scanAt = p + "scans[" + s + "].";
                if (scan == null) {
                    throw new FieldErrorException(p + "scans[" + s + "]", "必填 / required");
                }
                text(scan.status(), scanAt + "status", 32);
                past(scan.occurredAt(), scanAt + "occurredAt", o.orderedAt(), now);
            }
            HistoricalOrder.Return r = o.returned();
            if (r != null) {
                String ra = at + "returned.";
                if (r.reason() == null) {
                    throw new FieldErrorException(ra + "reason", "必填 / required");
                }
                past(r.requestedAt(), ra + "requestedAt", parcel.shippedAt(), now);
                if (r.receivedAt() != null) {
                    past(r.receivedAt(), ra + "receivedAt", r.requestedAt(), now);
                    if (r.resellable() == null) {
                        throw new FieldErrorException(ra + "resellable", "收到退货时必填 / required with receivedAt");
                    }
                }
            }
        }
        HistoricalOrder.Refund refund = o.refund();
        if (refund != null) {
            String fa = at + "refund.";
            if (refund.amount() == null
                    || refund.amount().amount().signum() <= 0
                    || total.isLessThan(refund.amount())) {
                throw new FieldErrorException(
                        fa + "amount", "须大于 0 且不超过订单金额 %s / more than 0, at most the total %s".formatted(total, total));
            }
            past(refund.requestedAt(), fa + "requestedAt", o.orderedAt(), now);
            past(refund.refundedAt(), fa + "refundedAt", refund.requestedAt(), now);
        } else if (o.status() == OrderStatus.REFUNDED) {
            throw new FieldErrorException(at + "refund", "已退款的订单须有退款 / a refunded order needs its refund");
        }
    }

    private static void text(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new FieldErrorException(field, "1–%d 个字符 / 1 to %d characters".formatted(max, max));
        }
    }

    private static void past(Instant at, String field, Instant notBefore, Instant now) {
        if (at == null) {
            throw new FieldErrorException(field, "必填 / required");
        }
        if (at.isAfter(now)) {
            throw new FieldErrorException(field, "不能晚于现在 / must not be in the future");
        }
        if (notBefore != null && at.isBefore(notBefore)) {
            throw new FieldErrorException(field, "不能早于 %s / must not be before %s".formatted(notBefore, notBefore));
        }
    }

    private void event(List<Object[]> events, long orderId, Instant at, String type, String summary, Object detail) {
        events.add(new Object[] {
            orderId, ts(at), type, ACTOR, cut(summary, 500), detail == null ? null : json.writeValueAsString(detail)
        });
    }

    private static Key key(HistoricalOrder o) {
        return new Key(o.channel().strip(), o.externalId().strip());
    }

    private static Instant paidAt(HistoricalOrder o) {
        return o.paidAt() != null ? o.paidAt() : o.orderedAt();
    }

    private static Instant cancelledAt(HistoricalOrder o) {
        return o.cancelledAt() != null ? o.cancelledAt() : paidAt(o).plus(Duration.ofHours(1));
    }

    private static Money amount(HistoricalOrder.Line line) {
        return line.unitPrice().times(BigDecimal.valueOf(line.quantity())).minus(orZero(line.discount()));
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }
}
