package io.storeops.promotions.engine;

import java.util.Objects;
import java.util.Set;

/**
 * One line of a cart.
 *
 * @param lineId unique within the cart
 * @param categories the SKU's category codes including all ancestors
 * @param unitPriceFen the listing price of one unit
 * @param quantity at least 1
 */
public record CartLine(String lineId, String skuCode, Set<String> categories, long unitPriceFen, int quantity) {

    public CartLine {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(skuCode, "skuCode");
        categories = Set.copyOf(categories);
        if (unitPriceFen < 0) {
            throw new IllegalArgumentException("unit price must not be negative: " + unitPriceFen);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
        }
    }

    /** The listing amount of the line: unit price × quantity. */
    public long listAmountFen() {
        return unitPriceFen * quantity;
    }
}
