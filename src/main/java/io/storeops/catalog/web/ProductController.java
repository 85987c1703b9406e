package io.storeops.catalog.web;

import io.storeops.catalog.ListingStatus;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDetails;
import io.storeops.catalog.ProductDraft;
import io.storeops.catalog.ProductId;
import io.storeops.catalog.ProductQuery;
import io.storeops.catalog.ProductSummary;
import io.storeops.catalog.SkuDraft;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
class ProductController {

    private final ProductCatalog catalog;
    private final Validator validator;

    ProductController(ProductCatalog catalog, Validator validator) {
        this.catalog = catalog;
        this.validator = validator;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(
            summary = "Search products by title, SPU, SKU or barcode; filter by category, channel and listing status")
    PageResult<ProductSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) ListingStatus listingStatus,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return catalog.search(new ProductQuery(q, categoryId, channel, listingStatus, sort), page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "One product with its SKUs")
    ProductDetails get(@PathVariable long id) {
        return catalog.get(new ProductId(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('catalog:write') and hasAuthority('price:write')")
    @Operation(summary = "Create a product with its SKUs")
    ResponseEntity<ProductDetails> create(@Valid @RequestBody ProductDraft draft) {
        ProductDetails created = catalog.create(draft);
        var location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(created.id());
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(
            summary =
                    "Revise a product; SKUs are matched by code, missing ones removed; changing prices needs price:write")
    ProductDetails update(@PathVariable long id, @Valid @RequestBody ProductRevision body) {
        ProductDraft draft = body.draft();
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return catalog.update(new ProductId(id), draft, body.version());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a product with its SKUs and listings")
    void delete(@PathVariable long id) {
        catalog.delete(new ProductId(id));
    }

    /** A product draft plus the version it was based on (optimistic locking). */
    record ProductRevision(
            String spuCode,
            String title,
            Long categoryId,
            String brand,
            String descriptionHtml,
            List<String> images,
            Map<String, String> attributes,
            List<SkuDraft> skus,
            @NotNull Integer version) {

        ProductDraft draft() {
            return new ProductDraft(spuCode, title, categoryId, brand, descriptionHtml, images, attributes, skus);
        }
    }
}
