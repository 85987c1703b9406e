package io.storeops.catalog.rules;

import io.storeops.shared.Money;
import java.util.List;
import java.util.Map;

/**
 * Everything the listing rules look at: the listing's own title, price and images, and the product facts behind it
 * (detail page, attributes, SKUs and the attributes its category requires).
 */
public record ListingCandidate(
        String title,
        Money price,
        List<String> images,
        String detailHtml,
        Map<String, String> productAttributes,
        List<SkuFacts> skus,
        List<String> requiredAttributes) {

    public ListingCandidate {
        title = title == null ? "" : title;
        images = images == null ? List.of() : List.copyOf(images);
        detailHtml = detailHtml == null ? "" : detailHtml;
        productAttributes = productAttributes == null ? Map.of() : Map.copyOf(productAttributes);
        skus = skus == null ? List.of() : List.copyOf(skus);
        requiredAttributes = requiredAttributes == null ? List.of() : List.copyOf(requiredAttributes);
    }

    /** A SKU as the rules see it: its attributes (颜色, 尺码 …) and its cost. */
    public record SkuFacts(String skuCode, Map<String, String> attributes, Money cost, Money listPrice) {}
}
