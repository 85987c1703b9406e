package io.storeops.orders.web;

import io.storeops.orders.AfterSales;
import io.storeops.orders.AfterSalesMetrics;
import io.storeops.orders.FastRefundPolicy;
import io.storeops.orders.OrderMessage;
import io.storeops.orders.RefundStatus;
import io.storeops.orders.RefundView;
import io.storeops.orders.ReturnReason;
import io.storeops.orders.ReturnView;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
@Tag(name = "Returns and refunds")
class AfterSalesController {

    private final AfterSales afterSales;
    private final AfterSalesMetrics metrics;

    AfterSalesController(AfterSales afterSales, AfterSalesMetrics metrics) {
        this.afterSales = afterSales;
        this.metrics = metrics;
    }

    @GetMapping("/api/v1/orders/metrics")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(
            summary =
                    "After-sales metrics for orders placed in [from, to): return, dispute and late-shipment rates,"
                            + " returns by reason/channel/SKU, refund cycle time, daily counts (definitions in AfterSalesMetrics)")
    AfterSalesMetrics.Report metrics(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).toDays() > 366) {
            throw new FieldErrorException("to", Message.of(OrderMessage.DATE_RANGE_INVALID));
        }
        return metrics.report(from, to);
    }

    @PostMapping("/api/v1/orders/{id}/returns")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(
            summary = "Request a return, exchange or refund only for lines of a shipped order",
            description = "The refund (not for an exchange) is the lines' share of what was paid; the fast-refund"
                    + " policy pays it at once when every check passes, otherwise it waits for refund:approve")
    ResponseEntity<ReturnView> request(@PathVariable long id, @Valid @RequestBody ReturnBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(afterSales.request(
                        id,
                        body.type(),
                        body.reason(),
                        body.note(),
                        body.lines().stream()
                                .map(l -> new AfterSales.LineRequest(l.skuCode(), l.quantity()))
                                .toList()));
    }

    @GetMapping("/api/v1/orders/{id}/returns")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "The order's returns with their refunds")
    List<ReturnView> returnsOf(@PathVariable long id) {
        return afterSales.returnsOf(id);
    }

    @GetMapping("/api/v1/orders/{id}/refunds")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "The order's refunds with the fast-refund checks")
    List<RefundView> refundsOf(@PathVariable long id) {
        return afterSales.refundsOf(id);
    }

    @GetMapping("/api/v1/returns")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "Returns by status and reason, newest first")
    PageResult<ReturnView> returns(
            @RequestParam(required = false) ReturnView.Status status,
            @RequestParam(required = false) ReturnReason reason,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return afterSales.searchReturns(status, reason, page, size);
    }

    @GetMapping("/api/v1/refunds")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "Refunds by status (PENDING, REFUNDED, REJECTED), newest first")
    PageResult<RefundView> refunds(
            @RequestParam(required = false) RefundStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return afterSales.searchRefunds(status, page, size);
    }

    @PostMapping("/api/v1/returns/{id}/approval")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(summary = "Approve or reject a return request; rejecting also rejects its pending refund")
    ReturnView approveReturn(@PathVariable long id, @Valid @RequestBody Decision body) {
        return afterSales.approveReturn(id, body.approve(), body.note());
    }

    @PostMapping("/api/v1/returns/{id}/receipt")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(summary = "The returned parcel arrived; resellable goods go back into the warehouse's stock")
    ReturnView receive(@PathVariable long id, @Valid @RequestBody Receipt body) {
        return afterSales.receive(id, body.resellable(), body.warehouse());
    }

    @PostMapping("/api/v1/refunds/{id}/decision")
    @PreAuthorize("hasAuthority('refund:approve')")
    @Operation(summary = "Pay or refuse a pending refund (audited; a paid refund is pushed to the channel)")
    RefundView decide(@PathVariable long id, @Valid @RequestBody Decision body) {
        return afterSales.approveRefund(id, body.approve(), body.note());
    }

    @GetMapping("/api/v1/orders/fast-refund-policy")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "The fast-refund policy")
    FastRefundPolicy policy() {
        return afterSales.policy();
    }

    @PutMapping("/api/v1/orders/fast-refund-policy")
    @PreAuthorize("hasAuthority('order:admin') and hasAuthority('refund:approve')")
    @Operation(summary = "Change the fast-refund policy (audited)")
    FastRefundPolicy updatePolicy(@Valid @RequestBody @NotNull FastRefundPolicy policy) {
        return afterSales.updatePolicy(policy);
    }

    record ReturnBody(
            @NotNull ReturnView.Type type,
            @NotNull ReturnReason reason,
            @Size(max = 500) String note,
            @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull LineBody> lines) {}

    record LineBody(
            @NotBlank @Size(max = 64) String skuCode,
            @NotNull @Min(1) Integer quantity) {}

    record Decision(boolean approve, @Size(max = 300) String note) {}

    record Receipt(boolean resellable, @Size(max = 32) String warehouse) {}
}
