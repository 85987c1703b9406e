package io.storeops.orders;

import io.storeops.channels.ChannelAdapter.ShipmentPush;
import io.storeops.channels.OrderPushes;
import io.storeops.channels.TrackingEventReceived;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementReason;
import io.storeops.inventory.MovementType;
import io.storeops.orders.OrderTransitions.Move;
import io.storeops.orders.internal.OrderRepository;
import io.storeops.orders.internal.OrderRepository.Stored;
import io.storeops.orders.internal.ShipmentRepository;
import io.storeops.shared.ConflictException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fulfilment and tracking (F4.4, F4.5): pick and pack an allocated order, ship each warehouse's parcel with a carrier
 * and tracking number — its reserved stock leaves the warehouse (a SHIPMENT movement) and the shipment is queued for
 * the channel through its outbox in the same transaction — and follow each parcel by the carrier's scans until it is
 * delivered. A reship sends a replacement parcel linked to the original.
 */
@Service
public class Fulfilment {

    /** Carrier codes StoreOps knows. */
    public static final Set<String> CARRIERS = Set.of("SF", "ZTO", "YTO", "STO", "YUNDA", "JD", "EMS");

    private final OrderRepository orders;
    private final ShipmentRepository shipments;
    private final Orders lifecycle;
    private final OrderTransitions transitions;
    private final Inventory inventory;
    private final OrderPushes pushes;
    private final ApplicationEventPublisher events;
    private final OrderWarnings warnings;
    private final Clock clock;

    Fulfilment(
            OrderRepository orders,
            ShipmentRepository shipments,
            Orders lifecycle,
            OrderTransitions transitions,
            Inventory inventory,
            OrderPushes pushes,
            ApplicationEventPublisher events,
            OrderWarnings warnings,
            Clock clock) {
        this.orders = orders;
        this.shipments = shipments;
        this.lifecycle = lifecycle;
        this.transitions = transitions;
        this.inventory = inventory;
        this.pushes = pushes;
        this.events = events;
        this.warnings = warnings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ShipmentView> shipments(long orderId) {
        lifecycle.get(orderId);
        return shipments.ofOrder(orderId);
    }

    /** The parcel with this tracking number, if any. */
    @Transactional(readOnly = true)
    public Optional<ShipmentView> shipmentOf(String trackingNo) {
        return shipments.findByTrackingNo(trackingNo);
    }

    /** The warehouse starts picking an allocated order. */
    @Transactional
    public OrderView pick(long orderId) {
        return move(orderId, OrderStatus.PICKING, Message.of(TimelineMessage.TIMELINE_PICKING));
    }

    /** The order is packed and waits for the carrier. */
    @Transactional
    public OrderView pack(long orderId) {
        return move(orderId, OrderStatus.PACKED, Message.of(TimelineMessage.TIMELINE_PACKED));
    }

    /** The timeline's note of a replacement parcel, with the person's reason (or just "reship"). */
    private static Message reshipped(ShipmentView replacement, ShipmentView original, String why) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("shipmentNo", replacement.shipmentNo());
        args.put("originalNo", original.shipmentNo());
        args.put("carrier", replacement.carrier());
        args.put("trackingNo", replacement.trackingNo());
        args.put("reason", why == null ? Message.of(TimelineMessage.TIMELINE_RESHIP) : why);
        return Message.of(TimelineMessage.TIMELINE_RESHIPPED, args);
    }

    private OrderView move(long orderId, OrderStatus to, Message summary) {
        transitions.move(new Move(orders.lockOrNotFound(orderId), to, summary));
        return lifecycle.get(orderId);
    }

    /**
     * Ships the parcel of one warehouse: its reserved units leave the warehouse, the parcel is recorded with carrier
     * and tracking number and queued for the channel. When every warehouse's parcel has left, the order is SHIPPED.
     */
    @Transactional
    public ShipmentView ship(long orderId, String warehouse, String carrier, String trackingNo) {
        Stored order = orders.lockOrNotFound(orderId);
        OrderStatus from = order.status();
        if (!from.holdsReservation()) {
            throw new ConflictException(
                    "illegal-transition", Message.of(OrderMessage.CANNOT_SHIP, "status", from.name()));
        }
        String code = requireCarrier(carrier);
        String tracking = requireTracking(code, trackingNo);
        List<Allocation> parcel = orders.reservedAllocations(orderId).stream()
                .filter(a -> a.warehouse().equals(warehouse))
                .toList();
        if (parcel.isEmpty()) {
            throw new FieldErrorException(
                    "warehouse", Message.of(OrderMessage.NOTHING_TO_SHIP, "warehouse", warehouse));
        }
        inventory.apply(parcel.stream()
                .map(a -> Movement.of(
                        MovementType.SHIPMENT,
                        a.skuCode(),
                        a.warehouse(),
                        a.quantity(),
                        Message.of(MovementReason.REASON_ORDER_SHIPPED, "orderNo", order.orderNo()),
                        "order",
                        order.orderNo()))
                .toList());
        List<ShipmentView.Line> lines = parcel.stream()
                .map(a -> new ShipmentView.Line(a.skuCode(), a.quantity()))
                .toList();
        long shipmentId = shipments.insert(orderId, order.orderNo(), warehouse, "SHIPPED", code, tracking, null, null);
        shipments.insertLines(shipmentId, lines);
        orders.assignShipment(orderId, warehouse, shipmentId);
        ShipmentView shipment = shipments.find(shipmentId).orElseThrow();
        pushes.enqueueShipment(
                order.channel(),
                new ShipmentPush(
                        order.externalId(),
                        shipment.shipmentNo(),
                        code,
                        tracking,
                        lines.stream()
                                .map(l -> new ShipmentPush.Line(l.skuCode(), l.quantity()))
                                .toList()));
        Message summary = Message.of(
                TimelineMessage.TIMELINE_SHIPPED, "warehouse", warehouse, "carrier", code, "trackingNo", tracking);
        String detail = "{\"shipmentNo\":\"" + shipment.shipmentNo() + "\"}";
        if (orders.reservedAllocations(orderId).isEmpty()) {
            transitions.move(new Move(orderId, from, OrderStatus.SHIPPED, summary, detail, null));
        } else {
            orders.addEvent(orderId, "SHIPPED", summary, detail);
        }
        events.publishEvent(new ShipmentDispatched(
                new OrderId(orderId),
                order.orderNo(),
                order.channel(),
                shipment.shipmentNo(),
                warehouse,
                code,
                tracking,
                false,
                clock.instant()));
        return shipment;
    }

    /**
     * Sends a replacement for a parcel that was lost, damaged or wrong (F4.6): the same lines leave the chosen
     * warehouse at once (needs available stock there), linked to the original parcel.
     */
    @Transactional
    public ShipmentView reship(
            long orderId, long originalShipmentId, String warehouse, String carrier, String trackingNo, String reason) {
        Stored order = orders.lockOrNotFound(orderId);
        ShipmentView original = shipments
                .find(originalShipmentId)
                .filter(s -> s.orderId() == orderId)
                .orElseThrow(() -> new NotFoundException(ResourceKind.SHIPMENT, originalShipmentId));
        if (original.status() == ShipmentStatus.PENDING) {
            throw new ConflictException("not-shipped", Message.of(OrderMessage.NOT_SHIPPED));
        }
        String code = requireCarrier(carrier);
        String tracking = requireTracking(code, trackingNo);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        inventory.apply(original.lines().stream()
                .map(l -> Movement.of(
                        MovementType.OUTBOUND,
                        l.skuCode(),
                        warehouse,
                        l.quantity(),
                        Message.of(MovementReason.REASON_ORDER_RESHIPPED, "orderNo", order.orderNo()),
                        "order",
                        order.orderNo()))
                .toList());
        long id = shipments.insert(
                orderId, order.orderNo(), warehouse, "SHIPPED", code, tracking, originalShipmentId, why);
        shipments.insertLines(id, original.lines());
        ShipmentView replacement = shipments.find(id).orElseThrow();
        orders.addEvent(orderId, "RESHIPPED", reshipped(replacement, original, why), null);
        events.publishEvent(new ShipmentDispatched(
                new OrderId(orderId),
                order.orderNo(),
                order.channel(),
                replacement.shipmentNo(),
                warehouse,
                code,
                tracking,
                true,
                clock.instant()));
        return replacement;
    }

    /** Tracking scans from a channel's logistics feed (durable, at least once). */
    @ApplicationModuleListener
    void on(TrackingEventReceived scan) {
        recordScan(
                scan.trackingNo(),
                scan.channel() + ":" + scan.externalId(),
                scan.status(),
                scan.location(),
                scan.description(),
                scan.occurredAt() == null ? clock.instant() : scan.occurredAt());
    }

    /**
     * Records a carrier scan of a parcel once (by event key); moves the parcel to IN_TRANSIT or DELIVERED and, when
     * every parcel of the order is delivered, the order to DELIVERED. Answers false for an unknown tracking number or
     * a scan seen before.
     */
    @Transactional
    public boolean recordScan(
            String trackingNo,
            String eventKey,
            String status,
            String location,
            String description,
            Instant occurredAt) {
        Optional<ShipmentView> found = shipments.lockByTrackingNo(trackingNo);
        if (found.isEmpty()) {
            return false;
        }
        ShipmentView shipment = found.get();
        if (!shipments.insertScan(shipment.id(), eventKey, status, location, description, occurredAt)) {
            return false;
        }
        warnings.scanned(shipment.id());
        boolean delivered = "DELIVERED".equalsIgnoreCase(status);
        shipments.updateAfterScan(
                shipment.id(),
                delivered ? ShipmentStatus.DELIVERED : ShipmentStatus.IN_TRANSIT,
                status,
                location,
                occurredAt);
        Stored order = orders.lockOrNotFound(shipment.orderId());
        orders.addEvent(
                shipment.orderId(),
                "TRACKING",
                Message.of(
                        TimelineMessage.TIMELINE_TRACKING,
                        "carrier",
                        shipment.carrier(),
                        "trackingNo",
                        shipment.trackingNo(),
                        "location",
                        location == null ? "" : location,
                        "description",
                        description == null ? status : description),
                null);
        if (delivered) {
            events.publishEvent(new ShipmentDelivered(
                    new OrderId(shipment.orderId()),
                    order.orderNo(),
                    shipment.shipmentNo(),
                    shipment.trackingNo(),
                    occurredAt));
            boolean allDelivered = shipments.ofOrder(shipment.orderId()).stream()
                    .filter(s -> s.replacementOf() == null)
                    .allMatch(s -> s.status() == ShipmentStatus.DELIVERED);
            if (allDelivered && order.status().canMoveTo(OrderStatus.DELIVERED)) {
                transitions.move(
                        new Move(order, OrderStatus.DELIVERED, Message.of(TimelineMessage.TIMELINE_DELIVERED)));
            }
        }
        return true;
    }

    private String requireCarrier(String carrier) {
        String code = carrier == null ? "" : carrier.strip().toUpperCase(Locale.ROOT);
        if (!CARRIERS.contains(code)) {
            throw new FieldErrorException(
                    "carrier", Message.of(OrderMessage.UNKNOWN_CARRIER_GIVEN, "carrier", String.valueOf(carrier)));
        }
        return code;
    }

    private String requireTracking(String carrier, String trackingNo) {
        String tracking = trackingNo == null ? "" : trackingNo.strip();
        if (!tracking.matches("[A-Za-z0-9]{6,40}")) {
            throw new FieldErrorException("trackingNo", Message.of(OrderMessage.TRACKING_NO_FORMAT));
        }
        if (shipments.trackingNumberTaken(carrier, tracking)) {
            throw new FieldErrorException(
                    "trackingNo", Message.of(OrderMessage.TRACKING_NO_USED_GIVEN, "trackingNo", tracking));
        }
        return tracking;
    }
}
