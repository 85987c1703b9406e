package io.storeops.promotions.web;

import io.storeops.promotions.PromotionId;
import io.storeops.promotions.PromotionRequest;
import io.storeops.promotions.PromotionStatus;
import io.storeops.promotions.PromotionType;
import io.storeops.promotions.PromotionView;
import io.storeops.promotions.Promotions;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/promotions")
@Tag(name = "Promotions")
class PromotionController {

    private final Promotions promotions;

    PromotionController(Promotions promotions) {
        this.promotions = promotions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('promotion:read')")
    @Operation(summary = "Search promotions (status, type, channel, text, window overlap), sorted and paged")
    PageResult<PromotionView> search(
            @RequestParam(required = false) PromotionStatus status,
            @RequestParam(required = false) PromotionType type,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return promotions.search(status, type, channel, q, from, to, sort, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('promotion:read')")
    PromotionView get(@PathVariable long id) {
        return promotions.get(new PromotionId(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(
            summary = "Create a promotion (as a draft)",
            description = "The rule's fields depend on the type; see docs/PROMOTIONS.md. Every invalid field is"
                    + " reported with its path, e.g. rule.tiers[1].off")
    ResponseEntity<PromotionView> create(@RequestBody PromotionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(promotions.create(request));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(summary = "Edit a promotion; an active one is checked against the price floors again")
    PromotionView update(@PathVariable long id, @RequestBody PromotionRequest request) {
        return promotions.update(new PromotionId(id), request);
    }

    @PostMapping("/check")
    @PreAuthorize("hasAuthority('promotion:read')")
    @Operation(
            summary = "Validate a promotion without saving it: SKUs it could put below their floor price, and"
                    + " overlapping promotions that conflict with it")
    Promotions.CheckResult check(@RequestBody PromotionRequest request, @RequestParam(required = false) Long id) {
        return promotions.check(request, id == null ? null : new PromotionId(id));
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(
            summary = "Activate a promotion",
            description = "Refused with 422 below-floor (listing the SKUs) when any SKU could sell below its floor,"
                    + " unless this version was approved")
    PromotionView activate(@PathVariable long id) {
        return promotions.activate(new PromotionId(id));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('promotion:approve')")
    @Operation(summary = "Approve this version of a promotion for activation although it sells below the floor")
    PromotionView approve(@PathVariable long id, @RequestBody(required = false) NoteBody body) {
        return promotions.approve(new PromotionId(id), body == null ? null : body.note());
    }

    @PostMapping("/{id}/pause")
    @PreAuthorize("hasAuthority('promotion:write')")
    PromotionView pause(@PathVariable long id) {
        return promotions.pause(new PromotionId(id));
    }

    @PostMapping("/{id}/end")
    @PreAuthorize("hasAuthority('promotion:write')")
    PromotionView end(@PathVariable long id) {
        return promotions.end(new PromotionId(id));
    }

    record NoteBody(String note) {}
}
