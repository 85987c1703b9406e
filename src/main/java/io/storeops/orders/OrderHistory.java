package io.storeops.orders;

import static io.storeops.orders.HistoryRowsBuilder.cut;

import io.storeops.orders.internal.HistoryRepository;
import io.storeops.orders.internal.OrderRepository.Key;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
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

    private final HistoryRepository history;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    OrderHistory(HistoryRepository history, AuditLog audit, JsonMapper json, Clock clock) {
        this.history = history;
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
        var validator = new HistoryValidator(now);
        for (int i = 0; i < batch.size(); i++) {
            validator.check(batch.get(i), i);
        }
        List<HistoricalOrder> fresh = fresh(batch);
        List<HistoryRepository.Inserted> inserted =
                history.insertOrders(fresh.stream().map(OrderHistory::orderRow).toList());
        Map<Key, HistoryRepository.Inserted> byKey = new HashMap<>();
        inserted.forEach(r -> byKey.put(r.key(), r));
        // an order missing here was imported meanwhile by a concurrent batch
        List<HistoricalOrder> stored =
                fresh.stream().filter(o -> byKey.containsKey(key(o))).toList();
        var rows = new HistoryRowsBuilder(
                json,
                now,
                history.nextIds("shipments", (int)
                        stored.stream().filter(o -> o.parcel() != null).count()),
                history.nextIds("returns", (int)
                        stored.stream().filter(o -> o.returned() != null).count()));
        stored.forEach(o -> rows.add(o, byKey.get(key(o))));
        history.insertParts(rows.build());
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
     * The batch's orders not stored yet, each key once (its first occurrence); fails when two of their parcels, or
     * one of them and a stored parcel, share a tracking number.
     */
    private List<HistoricalOrder> fresh(List<HistoricalOrder> batch) {
        Map<Key, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            firstIndex.putIfAbsent(key(batch.get(i)), i);
        }
        Set<Key> known = history.existing(firstIndex.keySet());
        List<Integer> fresh = new ArrayList<>();
        firstIndex.forEach((key, index) -> {
            if (!known.contains(key)) {
                fresh.add(index);
            }
        });
        checkTrackingNumbers(batch, fresh);
        return fresh.stream().map(batch::get).toList();
    }

    /**
     * Corrects when a parcel left the warehouse (and its SHIPPED timeline entry), e.g. for a parcel handed to the
     * carrier before StoreOps tracked it. Stock is not touched.
     */
    @Transactional
    public void backdateShipment(long shipmentId, Instant shippedAt) {
        if (shippedAt == null || shippedAt.isAfter(clock.instant())) {
            throw new FieldErrorException("shippedAt", Message.of(OrderMessage.NOT_IN_FUTURE));
        }
        history.backdateShipment(shipmentId, shippedAt);
    }

    /** The order row: amounts, buyer phone in E.164, ship-by time and the time it last changed. */
    static HistoryRepository.OrderRow orderRow(HistoricalOrder o) {
        Money items = Money.ZERO;
        Money discount = Money.ZERO;
        for (HistoricalOrder.Line line : o.lines()) {
            items = items.plus(line.unitPrice().times(BigDecimal.valueOf(line.quantity())));
            discount = discount.plus(line.discountOrZero());
        }
        Money shipping = o.shippingFeeOrZero();
        Instant paidAt = o.paidOrOrderedAt();
        var buyer = o.buyer();
        var address = o.address();
        return new HistoryRepository.OrderRow(
                o.channel().strip(),
                o.externalId().strip(),
                o.status(),
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
                items.minus(discount).plus(shipping).amount(),
                cut(o.paymentMethod(), 16),
                o.orderedAt(),
                paidAt,
                paidAt.plus(OrderIngestion.SHIP_WITHIN),
                lastChange(o));
    }

    private static Instant lastChange(HistoricalOrder o) {
        Instant last = o.orderedAt();
        for (Instant at : new Instant[] {
            o.paidOrOrderedAt(),
            o.status() == OrderStatus.CANCELLED ? o.cancelledOrAssumedAt() : null,
            o.parcel() == null ? null : o.parcel().deliveredAt(),
            o.returned() == null ? null : o.returned().receivedAt(),
            o.refund() == null ? null : o.refund().refundedAt()
        }) {
            if (at != null && at.isAfter(last)) {
                last = at;
            }
        }
        return last;
    }

    private void checkTrackingNumbers(List<HistoricalOrder> batch, List<Integer> fresh) {
        Map<HistoryRepository.Tracking, Integer> pairs = new LinkedHashMap<>();
        for (int index : fresh) {
            HistoricalOrder.Parcel parcel = batch.get(index).parcel();
            if (parcel == null) {
                continue;
            }
            var pair = new HistoryRepository.Tracking(
                    parcel.carrier().strip().toUpperCase(Locale.ROOT),
                    parcel.trackingNo().strip());
            if (pairs.putIfAbsent(pair, index) != null) {
                throw new FieldErrorException(
                        "orders[" + index + "].parcel.trackingNo", Message.of(OrderMessage.TRACKING_NO_TWICE_IN_BATCH));
            }
        }
        Set<HistoryRepository.Tracking> taken = history.takenTrackingNumbers(pairs.keySet());
        for (var entry : pairs.entrySet()) {
            if (taken.contains(entry.getKey())) {
                throw new FieldErrorException(
                        "orders[" + entry.getValue() + "].parcel.trackingNo",
                        Message.of(OrderMessage.TRACKING_NO_USED));
            }
        }
    }

    private static Key key(HistoricalOrder o) {
        return new Key(o.channel().strip(), o.externalId().strip());
    }
}
