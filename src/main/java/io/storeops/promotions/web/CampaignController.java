package io.storeops.promotions.web;

import io.storeops.promotions.CampaignId;
import io.storeops.promotions.CampaignStatus;
import io.storeops.promotions.Campaigns;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns")
class CampaignController {

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('promotion:read')")
    PageResult<Campaigns.CampaignView> search(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) CampaignStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return campaigns.search(from, to, status, page, size);
    }

    @GetMapping("/calendar")
    @PreAuthorize("hasAuthority('promotion:read')")
    @Operation(summary = "Campaigns and promotions overlapping [from, to), optionally of one channel")
    List<Campaigns.CalendarEntry> calendar(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String channel) {
        return campaigns.calendar(from, to, channel == null || channel.isBlank() ? null : channel);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('promotion:read')")
    Campaigns.CampaignView get(@PathVariable long id) {
        return campaigns.get(new CampaignId(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(summary = "Create a campaign with the standard launch checklist")
    ResponseEntity<Campaigns.CampaignView> create(@RequestBody Campaigns.CampaignRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(campaigns.create(request));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('promotion:write')")
    Campaigns.CampaignView update(@PathVariable long id, @RequestBody Campaigns.CampaignRequest request) {
        return campaigns.update(new CampaignId(id), request);
    }

    @PostMapping("/{id}/tasks")
    @PreAuthorize("hasAuthority('promotion:write')")
    Campaigns.CampaignView addTask(@PathVariable long id, @RequestBody Campaigns.TaskRequest request) {
        return campaigns.addTask(new CampaignId(id), request);
    }

    @PutMapping("/{id}/tasks/{taskId}")
    @PreAuthorize("hasAuthority('promotion:write')")
    Campaigns.CampaignView updateTask(
            @PathVariable long id, @PathVariable long taskId, @RequestBody Campaigns.TaskRequest request) {
        return campaigns.updateTask(new CampaignId(id), taskId, request);
    }

    @PutMapping("/{id}/expected")
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(summary = "Set the expected demand per SKU (for the stock check)")
    Campaigns.CampaignView expected(@PathVariable long id, @RequestBody List<Campaigns.Expected> expected) {
        return campaigns.setExpected(new CampaignId(id), expected);
    }

    @GetMapping("/{id}/stock-check")
    @PreAuthorize("hasAuthority('promotion:read')")
    List<Campaigns.StockLine> stockCheck(@PathVariable long id) {
        return campaigns.stockCheck(new CampaignId(id));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(summary = "Submit for approval (every checklist item must be done)")
    Campaigns.CampaignView submit(@PathVariable long id) {
        return campaigns.submit(new CampaignId(id));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('promotion:approve')")
    Campaigns.CampaignView approve(@PathVariable long id) {
        return campaigns.approve(new CampaignId(id));
    }

    @PostMapping("/{id}/launch")
    @PreAuthorize("hasAuthority('promotion:write')")
    @Operation(summary = "Go live: activates the campaign's promotions (422 below-floor unless approved)")
    Campaigns.CampaignView launch(@PathVariable long id) {
        return campaigns.launch(new CampaignId(id));
    }

    @PostMapping("/{id}/end")
    @PreAuthorize("hasAuthority('promotion:write')")
    Campaigns.CampaignView end(@PathVariable long id) {
        return campaigns.end(new CampaignId(id));
    }
}
