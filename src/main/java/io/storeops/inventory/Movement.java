package io.storeops.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One stock movement as asked for: what kind, which SKU in which warehouse, how many, why, and the business reference
 * behind it (an order, an import, a stock-take).
 */
public record Movement(
        @NotNull MovementType type,
        @NotBlank @Size(max = 64) String skuCode,
        @NotBlank @Size(max = 32) String warehouse,
        @NotNull Integer quantity,
        @NotBlank @Size(max = 200) String reason,

        @Size(max = 32) @Pattern(regexp = "[a-z][a-z0-9-]*", message = "{inventory.REFERENCE_TYPE_FORMAT}")
        String referenceType,

        @Size(max = 100) String referenceId) {}
