package io.storeops.catalog.web;

import io.storeops.catalog.ChannelValidation;
import io.storeops.catalog.ImageUrl;
import io.storeops.catalog.ListingQuery;
import io.storeops.catalog.ListingStatus;
import io.storeops.catalog.ListingView;
import io.storeops.catalog.Listings;
import io.storeops.catalog.ProductId;
import io.storeops.catalog.VisibleText;
import io.storeops.shared.Money;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Listings")
class ListingController {

    private final Listings listings;

    ListingController(Listings listings) {
        this.listings = listings;
    }

    @GetMapping("/api/v1/listings")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(
            summary = "Listings, worst first unless sorted by score, updatedAt, title, channel, status or price;"
                    + " filter by channel, status, blocking violations and text")
    PageResult<ListingView> list(
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) ListingStatus status,
            @RequestParam(defaultValue = "false") boolean blocking,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return listings.search(new ListingQuery(channel, status, blocking, q, sort), page, size);
    }

    @GetMapping("/api/v1/listings/{id}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "One listing with its score and violations")
    ListingView get(@PathVariable long id) {
        return listings.get(id);
    }

    @GetMapping("/api/v1/products/{productId}/listings")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "The product's listings on every channel")
    List<ListingView> ofProduct(@PathVariable long productId) {
        return listings.ofProduct(new ProductId(productId));
    }

    @PostMapping("/api/v1/products/{productId}/listings")
    @PreAuthorize("hasAuthority('listing:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a draft listing of the product on a channel")
    ListingView create(@PathVariable long productId, @Valid @RequestBody NewListing body) {
        return listings.createDraft(new ProductId(productId), body.channel());
    }

    @PutMapping("/api/v1/listings/{id}")
    @PreAuthorize("hasAuthority('listing:write')")
    @Operation(summary = "Change the listing's title, price or images; changing the price needs price:write")
    ListingView update(@PathVariable long id, @Valid @RequestBody ListingChange body) {
        return listings.update(id, body.title(), body.price(), body.images(), body.version());
    }

    @PostMapping("/api/v1/listings/{id}/transitions")
    @PreAuthorize("hasAuthority('listing:write')")
    @Operation(summary = "Move the listing to another status; 422 with the violations while blocking ones remain")
    ListingView transition(@PathVariable long id, @Valid @RequestBody Transition body) {
        return listings.transition(id, body.target());
    }

    @PostMapping("/api/v1/channels/{code}/validation")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "Check every listing of the channel against its rules")
    ChannelValidation validate(@PathVariable String code) {
        return listings.validateChannel(code);
    }

    record NewListing(@NotBlank String channel) {}

    record ListingChange(
            @NotBlank @VisibleText @Size(max = 200) String title,
            Money price,
            @Size(max = 20) List<@NotBlank @ImageUrl @Size(max = 500) String> images,
            @NotNull Integer version) {}

    record Transition(@NotNull ListingStatus target) {}
}
