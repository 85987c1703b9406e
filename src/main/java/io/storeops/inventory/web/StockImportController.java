package io.storeops.inventory.web;

import io.storeops.inventory.StockImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Stock")
class StockImportController {

    private final StockImport imports;

    StockImportController(StockImport imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/v1/stock/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('stock:write')")
    @Operation(summary = "Import a stock count (sets on hand) or a receipt (adds) from CSV or xlsx, all or nothing")
    StockImport.Result importFile(
            @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "COUNT") StockImport.Mode mode)
            throws IOException {
        return imports.importFile(file.getOriginalFilename(), file.getBytes(), mode);
    }

    @GetMapping("/api/v1/stock/import-template")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "A CSV template for stock imports")
    ResponseEntity<byte[]> template() {
        String csv = "\uFEFFSKU编码 sku_code,仓库 warehouse,数量 quantity\nHOM-BED-001-11,SH-01,120\n";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"stock-import-template.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
