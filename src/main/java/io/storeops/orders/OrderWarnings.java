package io.storeops.orders;

import io.storeops.channels.OrderPushFailed;
import io.storeops.channels.OrderPushKind;
import io.storeops.orders.internal.OrderRepository;
import io.storeops.orders.internal.ShipmentRepository;
import io.storeops.orders.internal.WarningRepository;
import io.storeops.orders.internal.WarningRepository.LateOrder;
import io.storeops.orders.internal.WarningRepository.StalledParcel;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.platform.MessageTexts;
import io.storeops.platform.Notifications;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Abnormal-order warnings (F4.6), caught before the customer writes a bad review: parcels without a carrier scan for
 * longer than the carrier's limit, orders not shipped by the promised time, customer reports (wrong, damaged or
 * missing item, address problems) and shipment notices the channel refused. Each warning is a task with an owner and
 * a due time, opened once per order, parcel and type, announced in-app and by webhook, and resolved by a person — or
 * by itself when a stalled parcel moves again or a late order ships.
 */
@Service
public class OrderWarnings {

    private static final Duration DUE_STALLED = Duration.ofHours(24);
    private static final Duration DUE_LATE = Duration.ofHours(4);
    private static final Duration DUE_REPORT = Duration.ofHours(24);

    private final WarningRepository warnings;
    private final OrderRepository orders;
    private final ShipmentRepository shipments;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrderWarnings(
            WarningRepository warnings,
            OrderRepository orders,
            ShipmentRepository shipments,
            Notifications notifications,
            ApplicationEventPublisher events,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.warnings = warnings;
        this.orders = orders;
        this.shipments = shipments;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Looks for stalled parcels and late orders (every minute); answers how many warnings were opened. */
    @Scheduled(fixedDelayString = "${storeops.orders.warnings.scan-ms:60000}", initialDelay = 20_000)
    public int scan() {
        Integer opened = transactions.execute(status -> {
            Instant now = clock.instant();
            int count = 0;
            for (StalledParcel p : warnings.stalledParcels(now)) {
                long hours = Duration.between(p.lastSeen(), now).toHours();
                Message detail = Message.of(
                        WarningMessage.WARNING_STALLED,
                        "carrier",
                        p.carrier(),
                        "trackingNo",
                        p.trackingNo(),
                        "hours",
                        hours,
                        "limit",
                        p.stallAfterMinutes());
                if (open(p.orderId(), p.shipmentId(), WarningType.STALLED, detail, now.plus(DUE_STALLED))) {
                    count++;
                }
            }
            for (LateOrder o : warnings.lateOrders(now)) {
                Message detail = Message.of(
                        WarningMessage.WARNING_LATE_SHIPMENT,
                        "shipBy",
                        o.shipBy().toString());
                if (open(o.orderId(), null, WarningType.LATE_SHIPMENT, detail, now.plus(DUE_LATE))) {
                    count++;
                }
            }
            return count;
        });
        return opened == null ? 0 : opened;
    }

    /** A customer reported a problem with an order (through customer service or the channel). */
    @Transactional
    public WarningView report(long orderId, WarningType type, Long shipmentId, String note) {
        if (type == WarningType.STALLED
                || type == WarningType.LATE_SHIPMENT
                || type == WarningType.CHANNEL_PUSH_FAILED) {
            throw new FieldErrorException("type", Message.of(OrderMessage.WARNING_TYPE_AUTOMATIC));
        }
        if (orders.lock(orderId) == null) {
            throw new NotFoundException(ResourceKind.ORDER, orderId);
        }
        if (shipmentId != null
                && shipments
                        .find(shipmentId)
                        .filter(s -> s.orderId() == orderId)
                        .isEmpty()) {
            throw new FieldErrorException("shipmentId", Message.of(OrderMessage.NOT_A_PARCEL_OF_ORDER));
        }
        Message detail = note == null || note.isBlank()
                ? Message.of(WarningMessage.WARNING_REPORTED)
                : Message.of(WarningMessage.WARNING_NOTE, "text", abbreviate(note.strip()));
        open(orderId, shipmentId, type, detail, clock.instant().plus(DUE_REPORT));
        return warnings.ofOrder(orderId).stream()
                .filter(w -> w.type() == type && w.status() == WarningStatus.OPEN)
                .findFirst()
                .orElseThrow();
    }

    /** The channel refused a shipment notice for good. */
    @ApplicationModuleListener
    void on(OrderPushFailed failed) {
        if (failed.kind() != OrderPushKind.SHIPMENT) {
            return;
        }
        shipments
                .findByNumber(failed.key())
                .ifPresent(s -> open(
                        s.orderId(),
                        s.id(),
                        WarningType.CHANNEL_PUSH_FAILED,
                        Message.of(
                                WarningMessage.WARNING_CHANNEL_REFUSED_SHIPMENT, "error", abbreviate(failed.error())),
                        clock.instant().plus(DUE_LATE)));
    }

    /** An order shipped: its late-shipment warning resolves itself (in the shipping transaction). */
    @EventListener
    void on(ShipmentDispatched dispatched) {
        warnings.resolveOpenOfOrder(
                dispatched.orderId().value(), WarningType.LATE_SHIPMENT, Message.of(WarningMessage.RESOLVED_SHIPPED));
    }

    /** Called when a scan arrives for a parcel. */
    void scanned(long shipmentId) {
        warnings.resolveOpen(shipmentId, WarningType.STALLED, Message.of(WarningMessage.RESOLVED_SCANNED));
    }

    /** Opens a warning found by another part of the module (e.g. repeated refund requests), due in 24 hours. */
    boolean open(long orderId, Long shipmentId, WarningType type, Message detail) {
        return open(orderId, shipmentId, type, detail, clock.instant().plus(DUE_REPORT));
    }

    private boolean open(long orderId, Long shipmentId, WarningType type, Message detail, Instant dueAt) {
        var id = warnings.open(orderId, shipmentId, type, detail, dueAt);
        if (id.isEmpty()) {
            return false;
        }
        WarningView warning = warnings.find(id.get()).orElseThrow();
        orders.addEvent(
                orderId,
                "WARNING",
                Message.of(TimelineMessage.TIMELINE_WARNING_OPENED, "type", type.name(), "detail", detail));
        notifications.publish(
                "order.warning.opened",
                Map.of(
                        "warningId", warning.id(),
                        "orderNo", warning.orderNo(),
                        "type", type.name(),
                        "detail", MessageTexts.loaded().text(detail, Locale.SIMPLIFIED_CHINESE),
                        "detailMessage", detail,
                        "dueAt", warning.dueAt().toString()));
        events.publishEvent(new WarningOpened(
                warning.id(), new OrderId(orderId), warning.orderNo(), type, warning.detail(), dueAt));
        return true;
    }

    @Transactional(readOnly = true)
    public PageResult<WarningView> search(WarningType type, WarningStatus status, String owner, int page, int size) {
        return warnings.search(type, status, owner, page, size);
    }

    @Transactional(readOnly = true)
    public List<WarningView> ofOrder(long orderId) {
        return warnings.ofOrder(orderId);
    }

    /** Open warnings per type: how many, how many overdue, and the oldest's opening time. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> board() {
        return warnings.openByType();
    }

    @Transactional
    public WarningView assign(long id, String owner, Instant dueAt) {
        if (!warnings.assign(id, owner == null || owner.isBlank() ? null : owner.strip(), dueAt)) {
            throw new NotFoundException(ResourceKind.OPEN_WARNING, id);
        }
        WarningView after = warnings.find(id).orElseThrow();
        audit.record(
                AuditAction.UPDATE,
                "order-warning",
                id,
                "Assigned warning " + id + " to " + after.owner(),
                null,
                after);
        return after;
    }

    @Transactional
    public WarningView resolve(long id, String resolution) {
        if (resolution == null || resolution.isBlank()) {
            throw new FieldErrorException("resolution", Message.of(OrderMessage.RESOLUTION_REQUIRED));
        }
        Message typed = Message.of(WarningMessage.WARNING_NOTE, "text", abbreviate(resolution.strip()));
        if (!warnings.resolve(id, AuditLog.currentActor(), typed)) {
            throw new NotFoundException(ResourceKind.OPEN_WARNING, id);
        }
        WarningView after = warnings.find(id).orElseThrow();
        orders.addEvent(
                after.orderId(),
                "WARNING_RESOLVED",
                Message.of(TimelineMessage.TIMELINE_WARNING_RESOLVED, "resolution", resolution.strip()));
        audit.record(AuditAction.UPDATE, "order-warning", id, "Resolved warning " + id, null, after);
        return after;
    }

    @Transactional(readOnly = true)
    public Map<String, Integer> carrierSettings() {
        return warnings.carrierSettings();
    }

    @Transactional
    public Map<String, Integer> updateCarrierSettings(Map<String, Integer> minutesByCarrier) {
        Map<String, Integer> before = warnings.carrierSettings();
        for (var entry : minutesByCarrier.entrySet()) {
            if (!Fulfilment.CARRIERS.contains(entry.getKey())) {
                throw new FieldErrorException(entry.getKey(), Message.of(OrderMessage.UNKNOWN_CARRIER));
            }
            if (entry.getValue() == null || entry.getValue() < 1 || entry.getValue() > 30 * 24 * 60) {
                throw new FieldErrorException(entry.getKey(), Message.of(OrderMessage.STALL_MINUTES_RANGE));
            }
            warnings.saveCarrierSetting(entry.getKey(), entry.getValue());
        }
        Map<String, Integer> after = new LinkedHashMap<>(warnings.carrierSettings());
        audit.record(AuditAction.UPDATE, "carrier-settings", "all", "Changed stalled-parcel limits", before, after);
        return after;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 480 ? text.substring(0, 480) : text;
    }
}
