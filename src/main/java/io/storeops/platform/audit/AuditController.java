package io.storeops.platform.audit;

import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log")
class AuditController {

    private final AuditRepository entries;
    private final JsonMapper json;

    AuditController(AuditRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(summary = "Audit entries, newest first, filtered by entity, actor, action and time range")
    PageResult<AuditEntryView> list(
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        var query = new AuditRepository.AuditQuery(entityType, entityId, actor, action, from, to);
        return entries.find(query, page, size).map(this::view);
    }

    private AuditEntryView view(AuditRepository.AuditEntry e) {
        return new AuditEntryView(
                e.id(),
                e.at(),
                e.actor(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.summary(),
                e.beforeJson() == null ? null : json.readTree(e.beforeJson()),
                e.afterJson() == null ? null : json.readTree(e.afterJson()));
    }

    record AuditEntryView(
            long id,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            String summary,
            JsonNode before,
            JsonNode after) {}
}
