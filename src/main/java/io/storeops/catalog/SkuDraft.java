package io.storeops.catalog;

import io.storeops.shared.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A SKU as written by a user or an import: code, barcode, attributes such as 颜色/尺码, cost and list price. */
public record SkuDraft(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{catalog.CODE_CHARACTERS}")
        String skuCode,

        @NotBlank @Pattern(regexp = "\\d{8,14}", message = "{catalog.BARCODE_FORMAT}")
        String barcode,

        @Size(max = 20) Map<@NotBlank @Size(max = 30) String, @NotNull @Size(max = 100) String> attributes,
        @NotNull Money cost,
        @NotNull Money listPrice) {

    public SkuDraft {
        attributes = attributes == null ? Map.of() : attributes;
    }
}
