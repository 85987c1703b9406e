package io.storeops.promotions.web;

import io.storeops.promotions.ClaimStatus;
import io.storeops.promotions.CouponStatus;
import io.storeops.promotions.CouponTemplateId;
import io.storeops.promotions.Coupons;
import io.storeops.promotions.engine.CouponKind;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/coupons")
@Tag(name = "Coupons")
class CouponController {

    private final Coupons coupons;

    CouponController(Coupons coupons) {
        this.coupons = coupons;
    }

    @GetMapping("/templates")
    @PreAuthorize("hasAuthority('promotion:read')")
    PageResult<Coupons.TemplateView> templates(
            @RequestParam(required = false) CouponStatus status,
            @RequestParam(required = false) CouponKind kind,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return coupons.search(status, kind, q, page, size);
    }

    @GetMapping("/templates/{id}")
    @PreAuthorize("hasAuthority('promotion:read')")
    Coupons.TemplateView template(@PathVariable long id) {
        return coupons.get(new CouponTemplateId(id));
    }

    @PostMapping("/templates")
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(summary = "Create a coupon template (as a draft)")
    ResponseEntity<Coupons.TemplateView> create(@RequestBody Coupons.TemplateRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(coupons.create(request));
    }

    @PutMapping("/templates/{id}")
    @PreAuthorize("hasAuthority('promotion:write')")
    Coupons.TemplateView update(@PathVariable long id, @RequestBody Coupons.TemplateRequest request) {
        return coupons.update(new CouponTemplateId(id), request);
    }

    @PostMapping("/templates/{id}/activate")
    @PreAuthorize("hasAuthority('promotion:write')")
    Coupons.TemplateView activate(@PathVariable long id) {
        return coupons.activate(new CouponTemplateId(id));
    }

    @PostMapping("/templates/{id}/pause")
    @PreAuthorize("hasAuthority('promotion:write')")
    Coupons.TemplateView pause(@PathVariable long id) {
        return coupons.pause(new CouponTemplateId(id));
    }

    @PostMapping("/templates/{id}/claim")
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(summary = "A customer claims a coupon (within the total and the per-customer limit; 409 otherwise)")
    ResponseEntity<Coupons.ClaimView> claim(@PathVariable long id, @RequestBody CustomerBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(coupons.claim(new CouponTemplateId(id), body.customerId()));
    }

    @PostMapping("/templates/{id}/issue")
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(summary = "Targeted issue: one coupon to each listed customer; answers who was skipped and why")
    Coupons.IssueResult issue(@PathVariable long id, @RequestBody CustomersBody body) {
        return coupons.issue(new CouponTemplateId(id), body.customerIds());
    }

    @GetMapping("/claims")
    @PreAuthorize("hasAuthority('promotion:read')")
    PageResult<Coupons.ClaimView> claims(
            @RequestParam(required = false) String customerId,
            @RequestParam(required = false) Long templateId,
            @RequestParam(required = false) ClaimStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return coupons.claims(
                customerId, templateId == null ? null : new CouponTemplateId(templateId), status, page, size);
    }

    @PostMapping("/claims/{id}/redeem")
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(summary = "Redeem a coupon for an order, once: a second redemption answers 409")
    Coupons.ClaimView redeem(@PathVariable long id, @RequestBody OrderBody body) {
        return coupons.redeem(id, body.orderRef());
    }

    record CustomerBody(String customerId) {}

    record CustomersBody(List<String> customerIds) {}

    record OrderBody(String orderRef) {}
}
