package io.storeops.orders;

import io.storeops.orders.internal.HistoryRepository;
import io.storeops.orders.internal.HistoryRows;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns checked and stored historical orders into the rows of their parts — lines, parcel with scans, return, refund — and the
 * timeline at the historical times, for one batch insert per table. Parcel and return ids are drawn up front.
 */
final class HistoryRowsBuilder {

    static final String ACTOR = "history-import";
    private static final Duration COMPLETED_AFTER = Duration.ofDays(7);

    private final JsonMapper json;
    private final Instant now;
    private final long[] shipmentIds;
    private final long[] returnIds;
    private int nextShipment;
    private int nextReturn;

    private final List<HistoryRows.Line> lines = new ArrayList<>();
    private final List<HistoryRows.Shipment> shipments = new ArrayList<>();
    private final List<HistoryRows.ShipmentLine> shipmentLines = new ArrayList<>();
    private final List<HistoryRows.Allocation> allocations = new ArrayList<>();
    private final List<HistoryRows.Scan> scans = new ArrayList<>();
    private final List<HistoryRows.Return> returns = new ArrayList<>();
    private final List<HistoryRows.ReturnLine> returnLines = new ArrayList<>();
    private final List<HistoryRows.Refund> refunds = new ArrayList<>();
    private final List<HistoryRows.Event> events = new ArrayList<>();

    HistoryRowsBuilder(JsonMapper json, Instant now, long[] shipmentIds, long[] returnIds) {
        this.json = json;
        this.now = now;
        this.shipmentIds = shipmentIds.clone();
        this.returnIds = returnIds.clone();
    }

    /** Units and amounts paid per SKU of an order, in line order. */
    private record Skus(Map<String, Integer> units, Map<String, Money> paid) {}

    /** The parcel as stored: its id, number and warehouse. */
    private record Stored(long id, String shipmentNo, String warehouse) {}

    /** Adds the rows of a stored order's parts. */
    void add(HistoricalOrder o, HistoryRepository.Inserted stored) {
        long orderId = stored.id();
        Skus skus = addLines(o, orderId);
        event(
                orderId,
                o.orderedAt(),
                "RECEIVED",
                Message.of(
                        TimelineMessage.TIMELINE_HISTORY_RECEIVED,
                        "channel",
                        o.channel(),
                        "externalId",
                        o.externalId()),
                Map.of("source", "HISTORY"));
        event(orderId, o.paidOrOrderedAt(), "APPROVED", Message.of(TimelineMessage.TIMELINE_HISTORY_PAID), null);
        if (o.status() == OrderStatus.CANCELLED) {
            event(
                    orderId,
                    o.cancelledOrAssumedAt(),
                    "CANCELLED",
                    Message.of(TimelineMessage.TIMELINE_HISTORY_CANCELLED),
                    null);
        }
        Long returnId = null;
        if (o.parcel() != null) {
            Stored parcel = addParcel(o, stored, skus);
            if (o.returned() != null) {
                returnId = addReturn(o, stored, parcel.warehouse(), skus);
            }
        }
        if (o.refund() != null) {
            addRefund(o, stored, returnId);
        }
    }

    HistoryRows build() {
        return new HistoryRows(
                lines, shipments, shipmentLines, allocations, scans, returns, returnLines, refunds, events);
    }

    private Skus addLines(HistoricalOrder o, long orderId) {
        Map<String, Integer> units = new LinkedHashMap<>();
        Map<String, Money> paid = new LinkedHashMap<>();
        for (int l = 0; l < o.lines().size(); l++) {
            HistoricalOrder.Line line = o.lines().get(l);
            String sku = line.skuCode().strip();
            Money amount = line.amount();
            lines.add(new HistoryRows.Line(
                    orderId,
                    l + 1,
                    sku,
                    cut(line.title(), 200),
                    line.quantity(),
                    line.unitPrice().amount(),
                    line.discountOrZero().amount(),
                    amount.amount()));
            units.merge(sku, line.quantity(), Integer::sum);
            paid.merge(sku, amount, Money::plus);
        }
        return new Skus(units, paid);
    }

    private Stored addParcel(HistoricalOrder o, HistoryRepository.Inserted order, Skus skus) {
        HistoricalOrder.Parcel parcel = o.parcel();
        long orderId = order.id();
        var stored = new Stored(
                shipmentIds[nextShipment++],
                order.orderNo() + "-1",
                parcel.warehouse().strip());
        String carrier = parcel.carrier().strip().toUpperCase(Locale.ROOT);
        String tracking = parcel.trackingNo().strip();
        HistoricalOrder.Scan last = addScans(stored.id(), carrier, tracking, scansOf(o));
        shipments.add(new HistoryRows.Shipment(
                stored.id(),
                stored.shipmentNo(),
                orderId,
                stored.warehouse(),
                carrier,
                tracking,
                parcel.shippedAt(),
                parcel.deliveredAt(),
                last.occurredAt(),
                cut(last.status().strip().toUpperCase(Locale.ROOT), 32),
                cut(last.location(), 100)));
        skus.units().forEach((sku, quantity) -> {
            shipmentLines.add(new HistoryRows.ShipmentLine(stored.id(), sku, quantity));
            allocations.add(new HistoryRows.Allocation(orderId, sku, stored.warehouse(), quantity, stored.id()));
        });
        parcelEvents(o, orderId, stored, carrier, tracking);
        return stored;
    }

    private void parcelEvents(HistoricalOrder o, long orderId, Stored stored, String carrier, String tracking) {
        HistoricalOrder.Parcel parcel = o.parcel();
        event(
                orderId,
                parcel.shippedAt(),
                "SHIPPED",
                Message.of(
                        TimelineMessage.TIMELINE_SHIPPED,
                        "warehouse",
                        stored.warehouse(),
                        "carrier",
                        carrier,
                        "trackingNo",
                        tracking),
                Map.of("shipmentNo", stored.shipmentNo()));
        event(orderId, parcel.deliveredAt(), "DELIVERED", Message.of(TimelineMessage.TIMELINE_DELIVERED), null);
        if (o.status() == OrderStatus.COMPLETED) {
            Instant completed = parcel.deliveredAt().plus(COMPLETED_AFTER);
            event(
                    orderId,
                    completed.isAfter(now) ? now : completed,
                    "COMPLETED",
                    Message.of(TimelineMessage.TIMELINE_HISTORY_COMPLETED),
                    null);
        }
    }

    /** The parcel's scans; a pick-up and a delivery scan when none are given. */
    private static List<HistoricalOrder.Scan> scansOf(HistoricalOrder o) {
        HistoricalOrder.Parcel parcel = o.parcel();
        if (!parcel.scans().isEmpty()) {
            return parcel.scans();
        }
        return List.of(
                new HistoricalOrder.Scan("PICKED_UP", parcel.warehouse().strip(), "快递员已揽收", parcel.shippedAt()),
                new HistoricalOrder.Scan(
                        "DELIVERED", o.address() == null ? null : o.address().city(), "已签收", parcel.deliveredAt()));
    }

    /** Adds the scans; answers the latest (the later in the list on a tie). */
    private HistoricalOrder.Scan addScans(
            long shipmentId, String carrier, String tracking, List<HistoricalOrder.Scan> parcelScans) {
        HistoricalOrder.Scan last = parcelScans.getFirst();
        for (int s = 0; s < parcelScans.size(); s++) {
            HistoricalOrder.Scan scan = parcelScans.get(s);
            if (!scan.occurredAt().isBefore(last.occurredAt())) {
                last = scan;
            }
            scans.add(new HistoryRows.Scan(
                    shipmentId,
                    "history:%s:%s:%d".formatted(carrier, tracking, s + 1),
                    cut(scan.status().strip().toUpperCase(Locale.ROOT), 32),
                    cut(scan.location(), 100),
                    cut(scan.description(), 300),
                    scan.occurredAt()));
        }
        return last;
    }

    /** Adds the return of the whole order; answers its id. */
    private long addReturn(HistoricalOrder o, HistoryRepository.Inserted order, String warehouse, Skus skus) {
        HistoricalOrder.Return r = o.returned();
        long returnId = returnIds[nextReturn++];
        ReturnView.Type type = r.type() == null ? ReturnView.Type.RETURN : r.type();
        Instant closed = r.receivedAt();
        if (o.refund() != null && (closed == null || o.refund().refundedAt().isAfter(closed))) {
            closed = o.refund().refundedAt();
        }
        boolean received = r.receivedAt() != null;
        returns.add(new HistoryRows.Return(
                returnId,
                "R" + order.orderNo() + "-1",
                order.id(),
                type,
                closed == null ? ReturnView.Status.REQUESTED : ReturnView.Status.CLOSED,
                r.reason(),
                cut(r.note(), 500),
                received ? r.resellable() : null,
                received && Boolean.TRUE.equals(r.resellable()) ? warehouse : null,
                r.requestedAt(),
                received ? r.requestedAt() : null,
                r.receivedAt(),
                closed));
        skus.units()
                .forEach((sku, quantity) -> returnLines.add(new HistoryRows.ReturnLine(
                        returnId, sku, quantity, skus.paid().get(sku).amount())));
        returnEvents(r, type, order.id());
        return returnId;
    }

    private void returnEvents(HistoricalOrder.Return r, ReturnView.Type type, long orderId) {
        event(
                orderId,
                r.requestedAt(),
                "RETURN_REQUESTED",
                TimelineMessage.returnRequested(type, r.reason(), r.note()),
                null);
        if (r.receivedAt() != null) {
            event(
                    orderId,
                    r.receivedAt(),
                    "RETURN_RECEIVED",
                    Message.of(
                            Boolean.TRUE.equals(r.resellable())
                                    ? TimelineMessage.TIMELINE_HISTORY_RETURN_RESELLABLE
                                    : TimelineMessage.TIMELINE_RETURN_NOT_RESELLABLE),
                    null);
        }
    }

    private void addRefund(HistoricalOrder o, HistoryRepository.Inserted order, Long returnId) {
        HistoricalOrder.Refund refund = o.refund();
        String reason = o.returned() != null
                ? o.returned().reason().name()
                : o.status() == OrderStatus.CANCELLED ? "ORDER_CANCELLED" : ReturnReason.OTHER.name();
        refunds.add(new HistoryRows.Refund(
                "F" + order.orderNo() + "-1",
                order.id(),
                returnId,
                refund.amount().amount(),
                reason,
                refund.fast(),
                refund.fast() ? "fast-refund-policy" : ACTOR,
                refund.requestedAt(),
                refund.refundedAt()));
        event(
                order.id(),
                refund.refundedAt(),
                "REFUNDED",
                Message.of(
                        refund.fast()
                                ? TimelineMessage.TIMELINE_FAST_REFUND_PAID
                                : TimelineMessage.TIMELINE_REFUND_PAID,
                        "amount",
                        refund.amount()),
                null);
    }

    private void event(long orderId, Instant at, String type, Message summary, Object detail) {
        events.add(new HistoryRows.Event(
                orderId, at, type, ACTOR, summary, detail == null ? null : json.writeValueAsString(detail)));
    }

    static String cut(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }
}
