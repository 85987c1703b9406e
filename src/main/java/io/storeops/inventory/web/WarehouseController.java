package io.storeops.inventory.web;

import io.storeops.inventory.WarehouseView;
import io.storeops.inventory.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouses")
@Tag(name = "Warehouses")
class WarehouseController {

    private final Warehouses warehouses;

    WarehouseController(Warehouses warehouses) {
        this.warehouses = warehouses;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "All warehouses by priority")
    List<WarehouseView> list() {
        return warehouses.list();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('stock:admin')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a warehouse")
    WarehouseView create(@Valid @RequestBody NewWarehouse body) {
        return warehouses.create(body.code(), body.name(), body.province(), body.priority());
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAuthority('stock:admin')")
    @Operation(summary = "Rename, re-prioritise, or (de)activate a warehouse")
    WarehouseView update(@PathVariable String code, @Valid @RequestBody WarehouseChange body) {
        return warehouses.update(code, body.name(), body.province(), body.priority(), body.active());
    }

    record NewWarehouse(
            @NotBlank
            @Size(max = 32)
            @Pattern(regexp = "[A-Z][A-Z0-9_-]*", message = "{inventory.WAREHOUSE_CODE_FORMAT}")
            String code,

            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 50) String province,
            @Min(1) @Max(1000) int priority) {}

    record WarehouseChange(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 50) String province,
            @Min(1) @Max(1000) int priority,
            boolean active) {}
}
