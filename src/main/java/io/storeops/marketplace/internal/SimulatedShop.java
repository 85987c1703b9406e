package io.storeops.marketplace.internal;

import io.storeops.marketplace.Faults;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.MarketplaceReview;
import io.storeops.marketplace.MarketplaceShipment;
import io.storeops.marketplace.OrderRequest;
import io.storeops.marketplace.ReviewRequest;
import io.storeops.marketplace.ShopCredentials;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * One merchant shop on the simulated platform: its credentials, rate limit, injected faults, listing stock, items,
 * orders with their shipments and refunds, the carriers' parcels, reviews and simulated buyers.
 */
public final class SimulatedShop {

    private final ShopCredentials credentials;
    private final TokenBucket rateLimit;
    private final FaultDice faults = new FaultDice();
    private final StockBook stock;
    private final ItemBook items;
    private final OrderBook orders;
    private final ReviewBook reviews;
    private final OrderGenerator buyers;
    private final ParcelBook parcels;

    SimulatedShop(
            ShopCredentials credentials,
            int rateLimitPerSecond,
            Clock clock,
            LongSupplier nanoTime,
            int orderRatePerMinute,
            double reviewProbability,
            Random random) {
        this(
                credentials,
                rateLimitPerSecond,
                clock,
                nanoTime,
                orderRatePerMinute,
                reviewProbability,
                random,
                ParcelBook.DEFAULT_STEP,
                ParcelBook.DEFAULT_STALL_PROBABILITY,
                new Random());
    }

    SimulatedShop(
            ShopCredentials credentials,
            int rateLimitPerSecond,
            Clock clock,
            LongSupplier nanoTime,
            int orderRatePerMinute,
            double reviewProbability,
            Random random,
            Duration logisticsStep,
            double stallProbability,
            Random carrierRandom) {
        this.credentials = credentials;
        this.rateLimit = new TokenBucket(rateLimitPerSecond, nanoTime);
        this.stock = new StockBook(clock);
        this.items = new ItemBook(clock);
        String prefix = idPrefix(credentials.shop());
        this.orders = new OrderBook(prefix, clock, stock, items);
        this.reviews = new ReviewBook(prefix, clock);
        this.buyers = new OrderGenerator(random, orderRatePerMinute, reviewProbability, stock, orders, reviews, clock);
        this.parcels = new ParcelBook(prefix, clock, carrierRandom, logisticsStep, stallProbability);
    }

    /** Order ids start with the shop code's first part in upper case: {@code tmall-demo} → {@code TMALL}. */
    static String idPrefix(String shopCode) {
        int dash = shopCode.indexOf('-');
        return (dash > 0 ? shopCode.substring(0, dash) : shopCode).toUpperCase(Locale.ROOT);
    }

    public ShopCredentials credentials() {
        return credentials;
    }

    /**
     * Admits one API call against the rate limit and picks its faults.
     *
     * @throws MarketplaceException 429 with the seconds to wait when the shop's limit is exhausted
     */
    public FaultPlan admit() {
        long waitNanos = rateLimit.tryAcquire();
        if (waitNanos > 0) {
            throw MarketplaceException.throttled(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
        return faults.roll();
    }

    public Faults faults() {
        return faults.faults();
    }

    public void injectFaults(Faults injected) {
        faults.set(injected);
    }

    public StockBook stock() {
        return stock;
    }

    public ItemBook items() {
        return items;
    }

    public OrderBook orders() {
        return orders;
    }

    public ReviewBook reviews() {
        return reviews;
    }

    /** The carriers' parcels of the shop's shipments and their tracking feed. */
    public ParcelBook parcels() {
        return parcels;
    }

    /**
     * The merchant ships (part of) an order: the order records the shipment and the carrier takes the parcel in.
     * Repeating a shipment id answers the shipment made the first time.
     *
     * @throws MarketplaceException see {@link OrderBook#ship}
     */
    public OrderBook.Shipped ship(
            String orderId,
            String shipmentId,
            String carrier,
            String trackingNo,
            List<MarketplaceShipment.Line> lines) {
        synchronized (orders) {
            var shipped = orders.ship(orderId, shipmentId, carrier, trackingNo, lines);
            if (shipped.created()) {
                parcels.register(shipped.shipment(), shipped.order().address());
            }
            return shipped;
        }
    }

    /**
     * The merchant refunds (part of) what the buyer paid. Repeating a refund id answers the refund made the first
     * time.
     *
     * @throws MarketplaceException see {@link OrderBook#refund}
     */
    public OrderBook.Refunded refund(String orderId, String refundId, BigDecimal amount, String reason) {
        return orders.refund(orderId, refundId, amount, reason);
    }

    /** The shop's simulated buyers, who place random orders. */
    public OrderGenerator buyers() {
        return buyers;
    }

    /**
     * A buyer places an order; a missing buyer or address is made up.
     *
     * @throws MarketplaceException 400 naming the bad field, 409 {@code insufficient-stock}
     */
    public MarketplaceOrder placeOrder(OrderRequest request) {
        if (request == null) {
            throw MarketplaceException.badRequest("Body must be an order with lines");
        }
        var complete = new OrderRequest(
                request.lines(),
                request.buyer() == null ? buyers.buyer() : request.buyer(),
                request.address() == null ? buyers.address() : request.address(),
                request.buyerMessage(),
                request.shippingFee(),
                request.paymentMethod());
        return orders.place(complete, null);
    }

    /**
     * A buyer reviews a SKU of one of their orders.
     *
     * @throws MarketplaceException 404 {@code unknown-order}, 400 naming the bad field
     */
    public MarketplaceReview postReview(ReviewRequest request) {
        if (request == null || request.orderId() == null || request.orderId().isBlank()) {
            throw MarketplaceException.badRequest("orderId is required");
        }
        var order = orders.find(request.orderId())
                .orElseThrow(() -> MarketplaceException.of(404, "unknown-order", "No order " + request.orderId()));
        var line = order.lines().stream()
                .filter(l -> l.skuCode().equals(request.skuCode()))
                .findFirst()
                .orElseThrow(() -> MarketplaceException.badRequest(
                        "skuCode must be a SKU of order " + order.orderId() + ", was " + request.skuCode()));
        if (request.rating() < 1 || request.rating() > 5) {
            throw MarketplaceException.badRequest("rating must be between 1 and 5");
        }
        String content = request.content();
        if (content == null || content.isBlank() || content.length() > ReviewBook.MAX_CONTENT) {
            throw MarketplaceException.badRequest("content must be 1 to " + ReviewBook.MAX_CONTENT + " characters");
        }
        return reviews.add(order.orderId(), line.skuCode(), line.itemCode(), request.rating(), content);
    }
}
