package io.storeops.catalog;

import io.storeops.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A product with all its SKUs, as stored. */
public record ProductDetails(
        long id,
        String spuCode,
        String title,
        long categoryId,
        String categoryName,
        String brand,
        String descriptionHtml,
        List<String> images,
        Map<String, String> attributes,
        List<Sku> skus,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public ProductId productId() {
        return new ProductId(id);
    }

    /** One stored SKU. */
    public record Sku(
            long id, String skuCode, String barcode, Map<String, String> attributes, Money cost, Money listPrice) {}
}
