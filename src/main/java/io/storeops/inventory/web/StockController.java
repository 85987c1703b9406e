package io.storeops.inventory.web;

import io.storeops.inventory.Allocations;
import io.storeops.inventory.ChannelAllocation;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.LedgerEntry;
import io.storeops.inventory.Movement;
import io.storeops.inventory.SafetyStock;
import io.storeops.inventory.SafetyStockPolicy;
import io.storeops.inventory.SafetyStockSetting;
import io.storeops.inventory.StockAlert;
import io.storeops.inventory.StockLevel;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/stock")
@Tag(name = "Stock")
class StockController {

    private final Inventory inventory;
    private final Allocations allocations;
    private final SafetyStock safetyStock;

    StockController(Inventory inventory, Allocations allocations, SafetyStock safetyStock) {
        this.inventory = inventory;
        this.allocations = allocations;
        this.safetyStock = safetyStock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "Stock per SKU × warehouse: on hand, reserved, available")
    PageResult<StockLevel> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String warehouse,
            @RequestParam(defaultValue = "false") boolean outOfStock,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return inventory.search(q, warehouse, outOfStock, page, size);
    }

    @GetMapping("/{skuCode}")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "One SKU: stock per warehouse, total available and available-to-sell per channel")
    SkuStock sku(@PathVariable String skuCode) {
        return new SkuStock(inventory.levelsOf(skuCode), allocations.availableToSell(skuCode));
    }

    @GetMapping("/{skuCode}/ledger")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "The ledger of a SKU, newest first")
    PageResult<LedgerEntry> ledger(
            @PathVariable String skuCode,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return inventory.ledger(skuCode, page, size);
    }

    @PostMapping("/movements")
    @PreAuthorize("hasAuthority('stock:write')")
    @Operation(
            summary = "Apply stock movements all or nothing; 422 with the refused ones when stock does not allow them")
    MovementsApplied move(@Valid @RequestBody Movements body) {
        return new MovementsApplied(body.movements().size(), inventory.apply(body.movements()));
    }

    @GetMapping("/ledger-check")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Verify that on hand and reserved of every stock row equal the sums of its ledger")
    Inventory.LedgerCheck ledgerCheck() {
        return inventory.verifyLedger();
    }

    @GetMapping("/allocations")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "Per channel: buffer percent or fixed quota of the shared pool")
    List<ChannelAllocation> allocations() {
        return allocations.list();
    }

    @PutMapping("/allocations/{channel}")
    @PreAuthorize("hasAuthority('channel:admin')")
    @Operation(summary = "Set a channel's buffer percent or fixed quota")
    ChannelAllocation allocate(@PathVariable String channel, @Valid @RequestBody AllocationChange body) {
        return allocations.update(new ChannelAllocation(channel, body.mode(), body.value()));
    }

    @GetMapping("/{skuCode}/safety-stock")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "A SKU's safety-stock policy and effective threshold")
    SafetyStockSetting safetyStock(@PathVariable String skuCode) {
        return safetyStock.get(skuCode);
    }

    @PutMapping("/{skuCode}/safety-stock")
    @PreAuthorize("hasAuthority('channel:admin') or hasAuthority('stock:admin')")
    @Operation(summary = "Set a fixed safety stock, or have it computed from demand, lead time and a safety factor")
    SafetyStockSetting configureSafetyStock(
            @PathVariable String skuCode, @Valid @RequestBody SafetyStockPolicy policy) {
        return safetyStock.configure(skuCode, policy);
    }

    @GetMapping("/alerts")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "Low-stock alerts, newest first; open ones only by default")
    PageResult<StockAlert> alerts(
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(required = false) String sku,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return safetyStock.alerts(open, sku, page, size);
    }

    @PostMapping("/alerts/{id}/acknowledgement")
    @PreAuthorize("hasAuthority('channel:admin') or hasAuthority('stock:admin')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Acknowledge an alert (it stays open until stock recovers)")
    void acknowledge(@PathVariable long id) {
        safetyStock.acknowledge(id);
    }

    record Movements(@NotEmpty @Size(max = 10_000) List<@Valid @NotNull Movement> movements) {}

    record MovementsApplied(int applied, List<StockLevel> levels) {}

    record SkuStock(List<StockLevel> warehouses, Allocations.AvailableToSell availableToSell) {}

    record AllocationChange(
            @NotNull ChannelAllocation.Mode mode,

            @NotNull @DecimalMin("0") BigDecimal value) {}
}
