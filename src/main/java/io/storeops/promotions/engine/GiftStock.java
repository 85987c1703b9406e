package io.storeops.promotions.engine;

import java.util.Set;

/** Tells the engine whether a 满赠 gift can be handed out; a gift out of stock is not applied and is explained. */
@FunctionalInterface
public interface GiftStock {

    boolean inStock(String giftSku, int quantity);

    /** The listed gift SKUs are in stock (in any quantity), all others are not. */
    static GiftStock of(Set<String> giftsInStock) {
        Set<String> copy = Set.copyOf(giftsInStock);
        return (sku, quantity) -> copy.contains(sku);
    }

    /** Every gift is in stock. */
    static GiftStock unlimited() {
        return (sku, quantity) -> true;
    }

    /** No gift is in stock. */
    static GiftStock none() {
        return (sku, quantity) -> false;
    }
}
