package io.storeops.channels;

import io.storeops.catalog.ListingQuery;
import io.storeops.catalog.ListingStatus;
import io.storeops.catalog.ListingStatusChanged;
import io.storeops.catalog.ListingUpdated;
import io.storeops.catalog.ListingView;
import io.storeops.catalog.Listings;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDetails;
import io.storeops.catalog.ProductId;
import io.storeops.channels.internal.ListingSyncRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each connected marketplace's items equal to our listings (F3.1): listing a product puts it on sale there,
 * delisting takes it off, and editing the title or price of a listed product publishes the change. Like stock, the
 * push is written to an outbox in the transaction of the change and delivered by {@link StockSyncDispatcher}. Drafts
 * and listings awaiting review are not the marketplace's business and are not pushed, nor is a listing without a
 * price (the marketplace cannot sell it).
 */
@Service
public class ListingSync {

    private final ListingSyncRepository outbox;
    private final ChannelConnections connections;
    private final Listings listings;
    private final ProductCatalog products;

    ListingSync(
            ListingSyncRepository outbox, ChannelConnections connections, Listings listings, ProductCatalog products) {
        this.outbox = outbox;
        this.connections = connections;
        this.listings = listings;
        this.products = products;
    }

    /** Runs inside the transaction of the status change. */
    @EventListener
    void on(ListingStatusChanged change) {
        enqueue(listings.get(change.listingId()));
    }

    /** Runs inside the transaction of the edit. */
    @EventListener
    void on(ListingUpdated update) {
        enqueue(listings.get(update.listingId()));
    }

    /** Queues every listed or delisted product of the channel, e.g. when the channel has just been connected. */
    @Transactional
    public int enqueueChannel(String channel) {
        List<ListingView> published = new ArrayList<>();
        for (ListingStatus status : List.of(ListingStatus.LISTED, ListingStatus.DELISTED)) {
            published.addAll(listings.findAll(new ListingQuery(channel, status, false, null, null), 100_000));
        }
        // in item order, like every other writer of the listing outbox: concurrent writers never deadlock
        published.sort(Comparator.comparing(ListingView::spuCode));
        int queued = 0;
        for (ListingView listing : published) {
            if (enqueue(listing)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean enqueue(ListingView listing) {
        boolean published = listing.status() == ListingStatus.LISTED || listing.status() == ListingStatus.DELISTED;
        if (!published
                || listing.price() == null
                || !connections
                        .adapter(listing.channel())
                        .map(ChannelAdapter::pushesListings)
                        .orElse(false)) {
            return false;
        }
        ProductDetails product = products.get(new ProductId(listing.productId()));
        outbox.enqueue(
                listing.channel(),
                listing.spuCode(),
                listing.title(),
                listing.price(),
                listing.status() == ListingStatus.LISTED,
                product.skus().stream().map(ProductDetails.Sku::skuCode).toList());
        return true;
    }
}
