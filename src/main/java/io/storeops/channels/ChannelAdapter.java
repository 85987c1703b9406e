package io.storeops.channels;

import io.storeops.shared.Money;
import java.util.List;

/**
 * How StoreOps talks to one marketplace shop (F3.1): push stock, push listing price and status, pull orders, pull
 * reviews, push shipments and refunds of orders, pull the carriers' tracking events. Implementations speak the
 * marketplace's own HTTP API and throw {@link ChannelException} when a call fails. Pushes carry a sequence (stock,
 * listings) or an id (shipments, refunds) so that repeating a push whose answer was lost is harmless; pulls page
 * through the marketplace's change feed with an opaque cursor that the caller stores.
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

    /** Whether {@link #pushShipment} is supported. */
    default boolean pushesShipments() {
        return false;
    }

    /**
     * Reports a shipment of an order to the channel. Idempotent by {@code shipmentId}: repeating a push whose answer
     * was lost ships nothing twice. A {@link ChannelException} with a 4xx {@link ChannelException#status()} (other
     * than 401, 403, 408, 429) means the channel refuses it for good, e.g. 409 when the order was cancelled.
     */
    default void pushShipment(ShipmentPush push) {
        throw new UnsupportedOperationException(channel() + " does not take shipments");
    }

    /** Whether {@link #pushRefund} is supported. */
    default boolean pushesRefunds() {
        return false;
    }

    /** Reports a refund of an order to the channel; idempotent by {@code refundId}, refused for good like shipments. */
    default void pushRefund(RefundPush push) {
        throw new UnsupportedOperationException(channel() + " does not take refunds");
    }

    /** Whether {@link #pullTracking} is supported. */
    default boolean pullsTracking() {
        return false;
    }

    /** The carriers' tracking events of the shop's shipments after {@code cursor}, oldest first. */
    default Page<TrackingEvent> pullTracking(String cursor, int limit) {
        throw new UnsupportedOperationException(channel() + " does not deliver tracking events by pull");
    }

    /** A SKU's available-to-sell as pushed, with its sequence. */
    record StockPush(String skuCode, int quantity, long sequence) {}

    /** A listing as the marketplace shows it: item code (the product's SPU code), title, price, on sale or not. */
    record ListingPush(
            String itemCode, String title, Money price, boolean onSale, List<String> skuCodes, long sequence) {}

    /**
     * A shipment of (part of) a channel order: the order's id on the channel, our shipment id (the idempotency key),
     * the carrier code ({@code SF}, {@code ZTO}, {@code YTO}, {@code STO}, {@code YUNDA}, {@code JD}, {@code EMS}), the
     * tracking number and the SKU quantities in the parcel.
     */
    record ShipmentPush(
            String orderExternalId, String shipmentId, String carrier, String trackingNo, List<Line> lines) {

        public ShipmentPush {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        public record Line(String skuCode, int quantity) {}
    }

    /** A refund of a channel order: the order's id on the channel, our refund id (the idempotency key), amount, why. */
    record RefundPush(String orderExternalId, String refundId, Money amount, String reason) {}

    /**
     * One page of a change feed; {@code nextCursor} is where the next pull starts. {@code rejected} holds the orders of
     * the page that could not be read (each with its reason), so one bad order does not stop the feed.
     */
    record Page<T>(List<T> items, String nextCursor, boolean hasMore, List<RejectedOrder> rejected) {

        public Page {
            items = List.copyOf(items);
            rejected = rejected == null ? List.of() : List.copyOf(rejected);
        }

        public Page(List<T> items, String nextCursor, boolean hasMore) {
            this(items, nextCursor, hasMore, List.of());
        }
    }
}
