package io.storeops.orders.internal;

import io.storeops.orders.ReturnReason;
import io.storeops.orders.ReturnView;
import io.storeops.shared.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The rows of a history import's stored orders beyond the order rows, table by table, as
 * {@link HistoryRepository#insertParts} inserts them.
 */
public record HistoryRows(
        List<Line> lines,
        List<Shipment> shipments,
        List<ShipmentLine> shipmentLines,
        List<Allocation> allocations,
        List<Scan> scans,
        List<Return> returns,
        List<ReturnLine> returnLines,
        List<Refund> refunds,
        List<Event> events) {

    public HistoryRows {
        lines = List.copyOf(lines);
        shipments = List.copyOf(shipments);
        shipmentLines = List.copyOf(shipmentLines);
        allocations = List.copyOf(allocations);
        scans = List.copyOf(scans);
        returns = List.copyOf(returns);
        returnLines = List.copyOf(returnLines);
        refunds = List.copyOf(refunds);
        events = List.copyOf(events);
    }

    /** An order line; amount = unit price × quantity − discount. */
    public record Line(
            long orderId,
            int lineNo,
            String skuCode,
            String title,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount,
            BigDecimal amount) {}

    /** A delivered parcel with the carrier's last scan. */
    public record Shipment(
            long id,
            String shipmentNo,
            long orderId,
            String warehouse,
            String carrier,
            String trackingNo,
            Instant shippedAt,
            Instant deliveredAt,
            Instant lastScanAt,
            String lastScanStatus,
            String lastScanLocation) {}

    /** Units of a SKU in a parcel. */
    public record ShipmentLine(long shipmentId, String skuCode, int quantity) {}

    /** Units of a SKU the parcel took out of a warehouse. */
    public record Allocation(long orderId, String skuCode, String warehouse, int quantity, long shipmentId) {}

    /** A carrier scan of a parcel, unique by its event key. */
    public record Scan(
            long shipmentId, String eventKey, String status, String location, String description, Instant occurredAt) {}

    /** A return of the whole order. */
    public record Return(
            long id,
            String returnNo,
            long orderId,
            ReturnView.Type type,
            ReturnView.Status status,
            ReturnReason reason,
            String note,
            Boolean resellable,
            String restockWarehouse,
            Instant requestedAt,
            Instant approvedAt,
            Instant receivedAt,
            Instant closedAt) {}

    /** Units of a SKU sent back and what they were paid. */
    public record ReturnLine(long returnId, String skuCode, int quantity, BigDecimal amount) {}

    /** A refund paid, for a return or not ({@code returnId} null). */
    public record Refund(
            String refundNo,
            long orderId,
            Long returnId,
            BigDecimal amount,
            String reason,
            boolean fast,
            String decidedBy,
            Instant requestedAt,
            Instant refundedAt) {}

    /** A timeline entry at its historical time; {@code detailJson} may be null. */
    public record Event(long orderId, Instant at, String type, String actor, Message summary, String detailJson) {}
}
