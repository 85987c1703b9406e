package io.storeops.inventory.web;

import io.storeops.inventory.KpiGrouping;
import io.storeops.inventory.KpiReport;
import io.storeops.inventory.StockKpis;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/stock/kpis")
@Tag(name = "Stock")
class StockKpiController {

    private final StockKpis kpis;

    StockKpiController(StockKpis kpis) {
        this.kpis = kpis;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(
            summary = "Inventory KPIs over a period (default the last 30 days, dates in Asia/Shanghai): turnover days,"
                    + " sell-through, stock age, capital tied up and stock-out rate per SKU, category or warehouse")
    KpiReport kpis(
            @RequestParam(defaultValue = "sku") String groupBy,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size,
            @RequestParam(required = false) String sort) {
        return kpis.report(new StockKpis.KpiQuery(KpiGrouping.parse(groupBy), from, to, q, sort), page, size);
    }
}
