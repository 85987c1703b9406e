package io.storeops.catalog.web;

import io.storeops.catalog.Brands;
import io.storeops.catalog.Categories;
import io.storeops.catalog.CategoryNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Categories and brands")
class CategoryController {

    private final Categories categories;
    private final Brands brands;

    CategoryController(Categories categories, Brands brands) {
        this.categories = categories;
        this.brands = brands;
    }

    @GetMapping("/api/v1/categories")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "The category tree with required attributes")
    List<CategoryNode> tree() {
        return categories.tree();
    }

    @PostMapping("/api/v1/categories")
    @PreAuthorize("hasAuthority('catalog:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a category")
    CategoryNode create(@Valid @RequestBody NewCategory body) {
        return categories.create(body.code(), body.nameZh(), body.nameEn(), body.parentId(), body.requiredAttributes());
    }

    @PutMapping("/api/v1/categories/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rename a category or change its required attributes")
    void update(@PathVariable long id, @Valid @RequestBody CategoryChange body) {
        categories.update(id, body.nameZh(), body.nameEn(), body.requiredAttributes());
    }

    @GetMapping("/api/v1/brands")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "All brands")
    List<Brands.Brand> brands() {
        return brands.list();
    }

    record NewCategory(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+", message = "{catalog.CATEGORY_CODE_CHARACTERS}")
            String code,

            @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 100) String nameEn,
            Long parentId,
            @Size(max = 30) List<@NotBlank @Size(max = 30) String> requiredAttributes) {}

    record CategoryChange(
            @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 100) String nameEn,
            @Size(max = 30) List<@NotBlank @Size(max = 30) String> requiredAttributes) {}
}
