package io.storeops.orders.web;

import io.storeops.orders.RoutingPreview;
import io.storeops.orders.RoutingRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Order rules")
class RoutingPreviewController {

    private final RoutingPreview preview;

    RoutingPreviewController(RoutingPreview preview) {
        this.preview = preview;
    }

    @PostMapping("/api/v1/orders/routing-rules/preview")
    @PreAuthorize("hasAuthority('order:admin')")
    @Operation(
            summary = "Preview a draft routing table on a sample order (stores and reserves nothing)",
            description = "Ranks the active warehouses for the order's province exactly as the router does and, when"
                    + " the order has lines, routes them against the stock available now")
    RoutingPreview.Result preview(@Valid @RequestBody PreviewRequest body) {
        List<RoutingRule> draft = body.rules().stream()
                .map(r -> new RoutingRule(r.province(), r.warehouse(), r.priority(), r.cost()))
                .toList();
        Map<String, Integer> units = new LinkedHashMap<>();
        body.order().lines().forEach(l -> units.merge(l.skuCode().strip(), l.quantity(), Integer::sum));
        return preview.preview(draft, body.order().province(), units);
    }

    /** The draft table (as it would be saved) and the sample order. */
    record PreviewRequest(
            @NotNull @Size(max = 2000) List<@Valid @NotNull DraftRule> rules,
            @Valid @NotNull SampleOrder order) {}

    record DraftRule(
            @NotBlank @Size(max = 50) String province,
            @NotBlank @Size(max = 32) String warehouse,
            @NotNull @Min(0) @Max(9999) Integer priority,

            @NotNull @PositiveOrZero @Digits(integer = 8, fraction = 2)
            BigDecimal cost) {}

    /** The buyer's province and, optionally, the order's lines. */
    record SampleOrder(
            @NotBlank @Size(max = 50) String province,
            @Size(max = 100) List<@Valid @NotNull Line> lines) {
        SampleOrder {
            lines = lines == null ? List.of() : lines;
        }
    }

    record Line(
            @NotBlank @Size(max = 64) String skuCode,
            @NotNull @Min(1) @Max(9999) Integer quantity) {}
}
