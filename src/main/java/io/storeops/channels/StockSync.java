package io.storeops.channels;

import io.storeops.catalog.ChannelView;
import io.storeops.catalog.Channels;
import io.storeops.channels.internal.ListingSyncRepository;
import io.storeops.channels.internal.OrderPushRepository;
import io.storeops.channels.internal.StockSyncRepository;
import io.storeops.channels.internal.StockSyncRepository.StockToPush;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.StockChanged;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every connected channel's stock equal to its available-to-sell (F2.3). A stock change writes the new values
 * into the outbox in the same transaction as the change itself, so a push is never lost even if the application
 * stops right after the commit; {@link StockSyncDispatcher} delivers them.
 */
@Service
public class StockSync {

    private final StockSyncRepository outbox;
    private final ListingSyncRepository listingOutbox;
    private final OrderPushRepository orderOutbox;
    private final Allocations allocations;
    private final ChannelConnections connections;
    private final Channels channels;

    StockSync(
            StockSyncRepository outbox,
            ListingSyncRepository listingOutbox,
            OrderPushRepository orderOutbox,
            Allocations allocations,
            ChannelConnections connections,
            Channels channels) {
        this.outbox = outbox;
        this.listingOutbox = listingOutbox;
        this.orderOutbox = orderOutbox;
        this.allocations = allocations;
        this.connections = connections;
        this.channels = channels;
    }

    /** Runs inside the transaction of every stock change. */
    @EventListener
    void on(StockChanged change) {
        Set<String> skuCodes = new LinkedHashSet<>();
        change.skuCodes().forEach(code -> skuCodes.add(code.value()));
        enqueue(skuCodes);
    }

    /** Queues the current available-to-sell of these SKUs for every connected channel. */
    @Transactional
    public void enqueue(Set<String> skuCodes) {
        Set<String> connected = connections.connectedChannels();
        if (connected.isEmpty() || skuCodes.isEmpty()) {
            return;
        }
        Map<String, Map<String, Integer>> ats = allocations.availableToSell(skuCodes);
        List<StockToPush> rows = new ArrayList<>();
        ats.forEach((sku, byChannel) -> byChannel.forEach((channel, quantity) -> {
            if (connected.contains(channel)) {
                rows.add(new StockToPush(channel, sku, quantity));
            }
        }));
        outbox.enqueue(rows);
    }

    /** Queues the current available-to-sell of these SKUs for one channel (e.g. one just connected), in chunks. */
    @Transactional
    public void enqueueChannel(String channel, List<String> skuCodes) {
        for (int from = 0; from < skuCodes.size(); from += 1000) {
            var chunk = new LinkedHashSet<>(skuCodes.subList(from, Math.min(skuCodes.size(), from + 1000)));
            List<StockToPush> rows = new ArrayList<>();
            allocations.availableToSell(chunk).forEach((sku, byChannel) -> {
                Integer quantity = byChannel.get(channel);
                if (quantity != null) {
                    rows.add(new StockToPush(channel, sku, quantity));
                }
            });
            outbox.enqueue(rows);
        }
    }

    @Transactional(readOnly = true)
    public List<SyncStatus> status() {
        return channels.list().stream()
                .map(ChannelView::code)
                .map(code -> {
                    var listings = listingOutbox.backlog(code);
                    var orderPushes = orderOutbox.backlog(code);
                    return outbox.status(
                                    code,
                                    connections.isConnected(code),
                                    connections.breakerState(code),
                                    outbox.lastReconciliation(code).orElse(null))
                            .withListings(listings.pending(), listings.failing())
                            .withOrderPushes(orderPushes.pending(), orderPushes.failing(), orderPushes.failed());
                })
                .toList();
    }
}
