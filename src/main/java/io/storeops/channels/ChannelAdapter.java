package io.storeops.channels;

import java.util.List;

/**
 * How StoreOps talks to one marketplace shop (F3.1). Implementations speak the marketplace's own HTTP API. Stock
 * pushes carry a per-SKU sequence that only grows, so repeating a push whose answer was lost is harmless.
 */
public interface ChannelAdapter {

    /** The StoreOps channel code this adapter serves, e.g. {@code TMALL}. */
    String channel();

    /**
     * Sets the marketplace's stock of the given SKUs; throws {@link ChannelException} when the call failed. Returns
     * the pushes the marketplace refused because it holds a newer sequence with another quantity (e.g. after an edit
     * in its back office), each with the marketplace's quantity and sequence.
     */
    List<StockPush> pushStock(List<StockPush> pushes);

    /** Whether {@link #readStock} is supported (a merchant's own webhook endpoint cannot be asked). */
    default boolean readsStock() {
        return true;
    }

    /** What the marketplace currently believes about these SKUs' stock (for reconciliation). */
    List<StockPush> readStock(List<String> skuCodes);

    /** A SKU's available-to-sell as pushed, with its sequence. */
    record StockPush(String skuCode, int quantity, long sequence) {}
}
