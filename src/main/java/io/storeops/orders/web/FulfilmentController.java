package io.storeops.orders.web;

import io.storeops.orders.Fulfilment;
import io.storeops.orders.OrderView;
import io.storeops.orders.OrderWarnings;
import io.storeops.orders.ShipmentView;
import io.storeops.orders.WarningStatus;
import io.storeops.orders.WarningType;
import io.storeops.orders.WarningView;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Fulfilment and warnings")
class FulfilmentController {

    private final Fulfilment fulfilment;
    private final OrderWarnings warnings;

    FulfilmentController(Fulfilment fulfilment, OrderWarnings warnings) {
        this.fulfilment = fulfilment;
        this.warnings = warnings;
    }

    @GetMapping("/api/v1/orders/{id}/shipments")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "The order's parcels with their tracking scans")
    List<ShipmentView> shipments(@PathVariable long id) {
        return fulfilment.shipments(id);
    }

    @PostMapping("/api/v1/orders/{id}/picking")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(summary = "Start picking an allocated order")
    OrderView pick(@PathVariable long id) {
        return fulfilment.pick(id);
    }

    @PostMapping("/api/v1/orders/{id}/packing")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(summary = "Mark a picked order packed")
    OrderView pack(@PathVariable long id) {
        return fulfilment.pack(id);
    }

    @PostMapping("/api/v1/orders/{id}/shipments")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(
            summary = "Ship one warehouse's parcel with carrier and tracking number; pushed to the channel",
            description = "The order is SHIPPED when every warehouse's parcel has left; 409 when it cannot ship")
    ResponseEntity<ShipmentView> ship(@PathVariable long id, @Valid @RequestBody ShipBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(fulfilment.ship(id, body.warehouse(), body.carrier(), body.trackingNo()));
    }

    @PostMapping("/api/v1/orders/{id}/shipments/{shipmentId}/reship")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(summary = "Send a replacement parcel linked to the original (lost, damaged, wrong item)")
    ResponseEntity<ShipmentView> reship(
            @PathVariable long id, @PathVariable long shipmentId, @Valid @RequestBody ReshipBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(fulfilment.reship(
                        id, shipmentId, body.warehouse(), body.carrier(), body.trackingNo(), body.reason()));
    }

    @PostMapping("/api/v1/orders/tracking-events")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(
            summary = "Record a carrier scan (for carriers or logistics platforms feeding StoreOps directly)",
            description = "Idempotent by (carrier, trackingNo, eventId); 404 for an unknown tracking number")
    Map<String, Object> scan(@Valid @RequestBody ScanBody body) {
        boolean recorded = fulfilment.recordScan(
                body.trackingNo(),
                "api:" + body.carrier() + ":" + body.trackingNo() + ":" + body.eventId(),
                body.status(),
                body.location(),
                body.description(),
                body.occurredAt());
        if (!recorded && fulfilment.shipmentOf(body.trackingNo()).isEmpty()) {
            throw new NotFoundException(ResourceKind.PARCEL, body.trackingNo());
        }
        return Map.of("recorded", recorded);
    }

    @GetMapping("/api/v1/orders/{id}/warnings")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "The order's warnings, newest first")
    List<WarningView> warningsOf(@PathVariable long id) {
        return warnings.ofOrder(id);
    }

    @PostMapping("/api/v1/orders/{id}/reports")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(summary = "Record a customer report (wrong, damaged or missing item, address problem): opens a warning")
    ResponseEntity<WarningView> report(@PathVariable long id, @Valid @RequestBody ReportBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(warnings.report(id, body.type(), body.shipmentId(), body.note()));
    }

    @GetMapping("/api/v1/order-warnings")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "Warnings by type, status (OPEN|RESOLVED) and owner, oldest first")
    PageResult<WarningView> search(
            @RequestParam(required = false) WarningType type,
            @RequestParam(required = false) WarningStatus status,
            @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return warnings.search(type, status, owner, page, size);
    }

    @GetMapping("/api/v1/order-warnings/board")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "Open warnings per type: count, overdue, oldest")
    List<Map<String, Object>> board() {
        return warnings.board();
    }

    @PostMapping("/api/v1/order-warnings/{id}/assignment")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(summary = "Give an open warning an owner and optionally a new due time")
    WarningView assign(@PathVariable long id, @Valid @RequestBody AssignBody body) {
        return warnings.assign(id, body.owner(), body.dueAt());
    }

    @PostMapping("/api/v1/order-warnings/{id}/resolution")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(summary = "Resolve an open warning, saying how")
    WarningView resolve(@PathVariable long id, @Valid @RequestBody ResolveBody body) {
        return warnings.resolve(id, body.resolution());
    }

    @GetMapping("/api/v1/orders/carrier-settings")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "Minutes without a scan after which a carrier's parcel counts as stalled")
    Map<String, Integer> carrierSettings() {
        return warnings.carrierSettings();
    }

    @PutMapping("/api/v1/orders/carrier-settings")
    @PreAuthorize("hasAuthority('order:admin')")
    @Operation(summary = "Change the stalled-parcel limits per carrier (audited)")
    Map<String, Integer> updateCarrierSettings(@RequestBody @NotNull Map<String, Integer> body) {
        return warnings.updateCarrierSettings(body);
    }

    record ShipBody(
            @NotBlank @Size(max = 32) String warehouse,
            @NotBlank @Size(max = 16) String carrier,
            @NotBlank @Size(max = 40) String trackingNo) {}

    record ReshipBody(
            @NotBlank @Size(max = 32) String warehouse,
            @NotBlank @Size(max = 16) String carrier,
            @NotBlank @Size(max = 40) String trackingNo,
            @Size(max = 300) String reason) {}

    record ScanBody(
            @NotBlank @Size(max = 16) String carrier,
            @NotBlank @Size(max = 40) String trackingNo,
            @NotBlank @Size(max = 80) String eventId,
            @NotBlank @Size(max = 32) String status,
            @Size(max = 100) String location,
            @Size(max = 300) String description,
            @NotNull Instant occurredAt) {}

    record ReportBody(
            @NotNull WarningType type,
            Long shipmentId,
            @Size(max = 480) String note) {}

    record AssignBody(@Size(max = 120) String owner, Instant dueAt) {}

    record ResolveBody(@NotBlank @Size(max = 480) String resolution) {}
}
