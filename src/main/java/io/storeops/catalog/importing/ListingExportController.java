package io.storeops.catalog.importing;

import io.storeops.catalog.ListingQuery;
import io.storeops.catalog.ListingStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Listings")
class ListingExportController {

    private final ListingExport export;

    ListingExportController(ListingExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/listings/export")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "The filtered listing list as xlsx or csv, one row per listing with score and violations")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) ListingStatus status,
            @RequestParam(defaultValue = "false") boolean blocking,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort) {
        var query = new ListingQuery(channel, status, blocking, q, sort);
        return export.export(query, FileFormat.named(format)).response();
    }
}
