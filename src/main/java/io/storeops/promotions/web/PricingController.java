package io.storeops.promotions.web;

import io.storeops.promotions.Margins;
import io.storeops.promotions.PriceFloor;
import io.storeops.promotions.PriceQuotes;
import io.storeops.promotions.Promotions;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pricing")
@Tag(name = "Pricing")
class PricingController {

    private final PriceQuotes quotes;
    private final PriceFloor floor;
    private final Margins margins;
    private final Promotions promotions;

    PricingController(PriceQuotes quotes, PriceFloor floor, Margins margins, Promotions promotions) {
        this.quotes = quotes;
        this.floor = floor;
        this.margins = margins;
        this.promotions = promotions;
    }

    @PostMapping("/quote")
    @PreAuthorize("hasAuthority('promotion:read')")
    @Operation(
            summary = "Price a cart with the active promotions and the customer's coupons",
            description = "Per line: item price and its source, after multi-buy, order-level and coupon discounts"
                    + " allocated by largest remainder, final; every applied promotion with its allocation and every"
                    + " one that did not apply with the reason. Stacking rules: docs/PROMOTIONS.md")
    PriceQuotes.Quote quote(@RequestBody PriceQuotes.QuoteRequest request) {
        return quotes.quote(request);
    }

    @GetMapping("/preview")
    @PreAuthorize("hasAuthority('promotion:read')")
    @Operation(summary = "The lowest unit price a customer can reach for every SKU in a window, against its floor")
    PageResult<PriceFloor.PreviewRow> preview(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean belowFloorOnly,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(10_000) int size) {
        return floor.preview(promotions.activeForPricing(), from, to, channel, q, belowFloorOnly, sort, page, size);
    }

    @GetMapping("/margins")
    @PreAuthorize("hasAuthority('promotion:read')")
    @Operation(summary = "Minimum margins (fractions) behind the floor prices: the default and per category")
    Margins.Table margins() {
        return margins.table();
    }

    @PutMapping("/margins")
    @PreAuthorize("hasAuthority('promotion:approve')")
    @Operation(summary = "Replace the minimum margins (audited)")
    Margins.Table updateMargins(@RequestBody Margins.Table table) {
        return margins.replace(table);
    }
}
