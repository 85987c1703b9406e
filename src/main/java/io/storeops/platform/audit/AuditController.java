package io.storeops.platform.audit;

import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    private final AuditExport export;
    private final JsonMapper json;

    AuditController(AuditRepository entries, AuditExport export, JsonMapper json) {
        this.entries = entries;
        this.export = export;
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

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(summary = "The filtered audit entries as a CSV file (UTF-8 with BOM), newest first, at most 100,000")
    void export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            HttpServletResponse response)
            throws IOException {
        if (!format.equalsIgnoreCase("csv")) {
            throw new FieldErrorException("format", Message.of(AuditMessage.AUDIT_EXPORT_CSV_ONLY));
        }
        var query = new AuditRepository.AuditQuery(entityType, entityId, actor, action, from, to);
        export.requireWithinLimit(query);
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(export.fileName())
                        .build()
                        .toString());
        export.write(query, response.getOutputStream());
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
