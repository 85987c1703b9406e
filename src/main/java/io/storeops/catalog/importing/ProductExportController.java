package io.storeops.catalog.importing;

import io.storeops.catalog.ListingStatus;
import io.storeops.catalog.ProductQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Products")
class ProductExportController {

    private final ProductExport export;

    ProductExportController(ProductExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/products/export")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "The filtered product list as xlsx or csv, one row per SKU, in the import layout")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) ListingStatus listingStatus,
            @RequestParam(required = false) String sort) {
        var query = new ProductQuery(q, categoryId, channel, listingStatus, sort);
        return export.export(query, FileFormat.named(format)).response();
    }
}
