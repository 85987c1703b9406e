package io.storeops.channels;

import io.storeops.shared.Money;
import java.util.List;

/**
 * How StoreOps talks to one marketplace shop (F3.1): push stock, push listing price and status, pull orders, pull
 * reviews. Implementations speak the marketplace's own HTTP API and throw {@link ChannelException} when a call fails.
 * Pushes carry a sequence that only grows, so repeating a push whose answer was lost is harmless; pulls page through
 * the marketplace's change feed with an opaque cursor that the caller stores.
 */
public interface ChannelAdapter {

    /** The StoreOps channel code this adapter serves, e.g. {@code TMALL}. */
    String channel();

    /**
     * Sets the marketplace's stock of the given SKUs. Returns the pushes the marketplace refused because it holds a
     * newer sequence with another quantity (e.g. after an edit in its back office), each with the marketplace's
     * quantity and sequence.
     */
    List<StockPush> pushStock(List<StockPush> pushes);

    /** Whether {@link #readStock} is supported (a merchant's own webhook endpoint cannot be asked). */
    default boolean readsStock() {
        return true;
    }

    /** What the marketplace currently believes about these SKUs' stock (for reconciliation). */
    List<StockPush> readStock(List<String> skuCodes);

    /** Whether {@link #pushListings} is supported. */
    default boolean pushesListings() {
        return false;
    }

    /** Publishes the title, price and on-sale status of listings (one marketplace item per product). */
    default void pushListings(List<ListingPush> listings) {
        throw new UnsupportedOperationException(channel() + " does not take listing pushes");
    }

    /** Whether {@link #pullOrders} is supported (webhook channels deliver their orders themselves). */
    default boolean pullsOrders() {
        return false;
    }

    /**
     * Orders created or changed after {@code cursor} ({@code null} = from the beginning), oldest change first. An
     * order changed again (e.g. cancelled) comes again with its new state.
     */
    default Page<ChannelOrder> pullOrders(String cursor, int limit) {
        throw new UnsupportedOperationException(channel() + " does not deliver orders by pull");
    }

    /** Whether {@link #pullReviews} is supported. */
    default boolean pullsReviews() {
        return false;
    }

    /** Reviews written after {@code cursor}, oldest first. */
    default Page<ChannelReview> pullReviews(String cursor, int limit) {
        throw new UnsupportedOperationException(channel() + " does not deliver reviews by pull");
    }

    /** A SKU's available-to-sell as pushed, with its sequence. */
    record StockPush(String skuCode, int quantity, long sequence) {}

    /** A listing as the marketplace shows it: item code (the product's SPU code), title, price, on sale or not. */
    record ListingPush(
            String itemCode, String title, Money price, boolean onSale, List<String> skuCodes, long sequence) {}

    /** One page of a change feed; {@code nextCursor} is where the next pull starts. */
    record Page<T>(List<T> items, String nextCursor, boolean hasMore) {}
}
