package io.storeops.marketplace;

import io.storeops.marketplace.internal.ConditionalOnMarketplaceEnabled;
import io.storeops.marketplace.internal.MarketplaceException;
import io.storeops.marketplace.internal.ShopRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Java handle on the simulated marketplace for tests and demo wiring: read a shop's credentials, inject or clear
 * faults, look at the stock and items the marketplace believes, act as the shop's buyers (place and cancel orders,
 * write reviews), look at the orders and reviews, at the merchant's shipments and refunds, and move the carriers'
 * parcels on (advance, stall, deliver). Clients of the marketplace itself must use its HTTP API. All
 * state lives in memory and is lost on restart — this is a simulator, not a store.
 *
 * <p>Methods throw {@link IllegalArgumentException} for an unknown shop, order or parcel or an invalid request and
 * {@link IllegalStateException} when the marketplace refuses (not enough stock, order already cancelled).
 */
@Service
@ConditionalOnMarketplaceEnabled
public class SimulatedMarketplace {

    private final ShopRegistry shops;

    SimulatedMarketplace(ShopRegistry shops) {
        this.shops = shops;
    }

    public Set<String> shops() {
        return shops.codes();
    }

    /** The app key and secret of a shop, e.g. to configure a channel adapter in a test. */
    public ShopCredentials credentials(String shop) {
        return shops.require(shop).credentials();
    }

    public Faults faults(String shop) {
        return shops.require(shop).faults();
    }

    /** Replaces the shop's faults; a seed in {@code faults} restarts its reproducible fault sequence. */
    public void injectFaults(String shop, Faults faults) {
        shops.require(shop).injectFaults(faults);
    }

    public void clearFaults(String shop) {
        injectFaults(shop, Faults.NONE);
    }

    /** The stock the marketplace believes the shop's listing of {@code skuCode} has, if it ever received a push. */
    public Optional<ListingStock> stock(String shop, String skuCode) {
        return shops.require(shop).stock().find(skuCode);
    }

    /** The item (listing) {@code itemCode} as the marketplace holds it, if it ever received a push. */
    public Optional<MarketplaceItem> item(String shop, String itemCode) {
        return shops.require(shop).items().find(itemCode);
    }

    /** A buyer places an order, taking its stock; see {@link OrderRequest} for what may be left out. */
    public MarketplaceOrder placeOrder(String shop, OrderRequest request) {
        var simulated = shops.require(shop);
        return translated(() -> simulated.placeOrder(request));
    }

    /** The buyer cancels a paid order, giving its stock back. */
    public MarketplaceOrder cancelOrder(String shop, String orderId) {
        var simulated = shops.require(shop);
        return translated(() -> simulated.orders().cancel(orderId));
    }

    /** All orders of the shop in change order (a cancelled order where it was cancelled). */
    public List<MarketplaceOrder> orders(String shop) {
        return shops.require(shop).orders().all();
    }

    /**
     * The shop's simulated buyers place {@code count} random orders (and review some of them) right now, as the
     * shop's {@code order-rate-per-minute} would over time; fewer when the shop runs out of stock.
     */
    public List<MarketplaceOrder> generateOrders(String shop, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
        return shops.require(shop).buyers().generate(count);
    }

    /** A buyer reviews a SKU of one of their orders. */
    public MarketplaceReview postReview(String shop, ReviewRequest request) {
        var simulated = shops.require(shop);
        return translated(() -> simulated.postReview(request));
    }

    /** All shipments the merchant reported in the shop, oldest first. */
    public List<MarketplaceShipment> shipments(String shop) {
        return shops.require(shop).orders().shipments();
    }

    /** All refunds the merchant made in the shop, oldest first. */
    public List<MarketplaceRefund> refunds(String shop) {
        return shops.require(shop).orders().refunds();
    }

    /** Every carrier scan of the shop's parcels, in feed order. */
    public List<MarketplaceTrackingEvent> trackingEvents(String shop) {
        return shops.require(shop).parcels().all();
    }

    /** The scans of one parcel so far, in order. */
    public List<MarketplaceTrackingEvent> trackingEvents(String shop, String trackingNo) {
        var parcels = shops.require(shop).parcels();
        return translated(() -> parcels.events(trackingNo));
    }

    /**
     * The carrier scans the parcel {@code trackingNo} once more right now (even a stalled one); empty when it was
     * delivered already.
     */
    public Optional<MarketplaceTrackingEvent> advanceParcel(String shop, String trackingNo) {
        var parcels = shops.require(shop).parcels();
        return translated(() -> parcels.advance(trackingNo));
    }

    /** The parcel gets stuck: no more scans come on their own (advance or deliver it by hand). */
    public void stallParcel(String shop, String trackingNo) {
        var parcels = shops.require(shop).parcels();
        translated(() -> {
            parcels.stall(trackingNo);
            return null;
        });
    }

    /** All remaining scans of the parcel right now, up to {@code DELIVERED}; returns them (none if delivered). */
    public List<MarketplaceTrackingEvent> deliverParcel(String shop, String trackingNo) {
        var parcels = shops.require(shop).parcels();
        return translated(() -> parcels.deliver(trackingNo));
    }

    /** All reviews of the shop in creation order. */
    public List<MarketplaceReview> reviews(String shop) {
        return shops.require(shop).reviews().all();
    }

    private static <T> T translated(Supplier<T> action) {
        try {
            return action.get();
        } catch (MarketplaceException e) {
            if (e.status() == 409) {
                throw new IllegalStateException(e.code() + ": " + e.getMessage());
            }
            throw new IllegalArgumentException(e.code() + ": " + e.getMessage());
        }
    }
}
