package io.storeops.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** A product (SPU) with its SKUs as written by a user or an import; ids and versions are not part of it. */
public record ProductDraft(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{catalog.CODE_CHARACTERS}")
        String spuCode,

        @NotBlank @VisibleText @Size(max = 200) String title,
        @NotNull Long categoryId,
        @Size(max = 100) String brand,
        @Size(max = 100_000) String descriptionHtml,
        @Size(max = 20) List<@NotBlank @ImageUrl @Size(max = 500) String> images,
        @Size(max = 50) Map<@NotBlank @Size(max = 30) String, @NotNull @Size(max = 200) String> attributes,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull SkuDraft> skus) {

    public ProductDraft {
        images = images == null ? List.of() : images;
        attributes = attributes == null ? Map.of() : attributes;
        descriptionHtml = descriptionHtml == null ? "" : descriptionHtml;
        brand = brand == null || brand.isBlank() ? null : brand.strip();
    }

    @AssertTrue(message = "{catalog.DUPLICATE_SKU_CODES}")
    boolean isSkuCodesUnique() {
        return skus == null
                || skus.stream()
                        .filter(s -> s != null && s.skuCode() != null)
                        .map(SkuDraft::skuCode)
                        .allMatch(new HashSet<>()::add);
    }

    @AssertTrue(message = "{catalog.DUPLICATE_BARCODES}")
    boolean isBarcodesUnique() {
        return skus == null
                || skus.stream()
                        .filter(s -> s != null && s.barcode() != null)
                        .map(SkuDraft::barcode)
                        .allMatch(new HashSet<>()::add);
    }
}
