package io.storeops.orders.web;

import io.storeops.orders.OrderImport;
import io.storeops.platform.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Order files exported from a marketplace back office (F3.4, the file channel): import and template. */
@RestController
@Tag(name = "Orders")
class OrderImportController {

    /** Two lines of one example order, in {@link OrderImport.Column} order. */
    private static final List<List<String>> EXAMPLES = List.of(
            List.of(
                    "EXAMPLE-20260101-0001",
                    "tb_buyer_01",
                    "张三",
                    "13800138000",
                    "上海",
                    "上海市",
                    "浦东新区",
                    "世纪大道 100 号 8 楼",
                    "YOUR-SKU-CODE-1",
                    "纯棉圆领短袖T恤 白色 M",
                    "2",
                    "79.00",
                    "10.00",
                    "0.00",
                    "2026-01-01 10:15:00",
                    "2026-01-01 10:16:30",
                    "已付款",
                    "请尽快发货"),
            List.of(
                    "EXAMPLE-20260101-0001",
                    "tb_buyer_01",
                    "张三",
                    "13800138000",
                    "上海",
                    "上海市",
                    "浦东新区",
                    "世纪大道 100 号 8 楼",
                    "YOUR-SKU-CODE-2",
                    "纯棉圆领短袖T恤 黑色 L",
                    "1",
                    "79.00",
                    "",
                    "0.00",
                    "2026-01-01 10:15:00",
                    "2026-01-01 10:16:30",
                    "已付款",
                    "请尽快发货"));

    private final OrderImport imports;

    OrderImportController(OrderImport imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/v1/orders/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(
            summary = "Import orders exported from a marketplace back office (CSV or xlsx, at most 20,000 rows)",
            description = "One row per order line; rows with the same order no. form one order. Every row is checked"
                    + " first (400 with each row and column otherwise, nothing stored); then all orders are ingested in"
                    + " one transaction, idempotent by channel + order no.")
    OrderImport.Result importFile(@RequestParam("file") MultipartFile file, @RequestParam String channel)
            throws IOException {
        return imports.importFile(file.getOriginalFilename(), file.getBytes(), channel);
    }

    @GetMapping("/api/v1/orders/import-template")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "A CSV template for order imports (UTF-8 with BOM, bilingual headers, one example order)")
    ResponseEntity<byte[]> template() {
        var bytes = new ByteArrayOutputStream();
        try (var csv = new CsvWriter(bytes)) {
            csv.row(Arrays.stream(OrderImport.Column.values())
                    .map(OrderImport.Column::header)
                    .toList());
            EXAMPLES.forEach(csv::row);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"order-import-template.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(bytes.toByteArray());
    }
}
