package io.storeops.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A listing (item) as the marketplace holds it: its title, price and sale status, the SKUs it sells, and the sequence
 * number of the push that set it.
 */
public record MarketplaceItem(
        String itemCode,
        String title,
        BigDecimal price,
        Status status,
        List<String> skuCodes,
        long sequence,
        Instant updatedAt) {

    public MarketplaceItem {
        skuCodes = List.copyOf(skuCodes);
    }

    /** Whether buyers can buy the item. */
    public enum Status {
        ONSALE,
        OFFSHELF
    }
}
