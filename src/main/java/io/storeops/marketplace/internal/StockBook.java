package io.storeops.marketplace.internal;

import io.storeops.marketplace.ListingStock;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The stock one simulated shop believes its listings have, in memory. A push applies only when its sequence is higher
 * than the last one applied to that SKU, so pushes can be retried and arrive out of order without harm. Sales take
 * stock all-or-nothing and cancellations give it back, both without touching the sequence. Writes are serialized per
 * shop; reads never block.
 */
public final class StockBook {

    private final ConcurrentMap<String, ListingStock> listings = new ConcurrentHashMap<>();
    private final Clock clock;

    StockBook(Clock clock) {
        this.clock = clock;
    }

    /** Applies one push atomically for its SKU; answers whether it applied and what the shop now holds. */
    public synchronized PushResult apply(String skuCode, long quantity, long sequence) {
        var applied = new boolean[1];
        ListingStock now = listings.compute(skuCode, (sku, current) -> {
            if (current != null && sequence <= current.sequence()) {
                return current;
            }
            applied[0] = true;
            return new ListingStock(sku, quantity, sequence, clock.instant());
        });
        return new PushResult(applied[0], now);
    }

    /**
     * Takes the given quantities (SKU → quantity, each at least 1) off the listings, all or nothing, keeping their
     * sequences.
     *
     * @return the SKUs whose listing is missing or holds less than asked; empty when the stock was taken
     */
    public synchronized List<String> take(Map<String, Long> quantities) {
        var missing = new ArrayList<String>();
        quantities.forEach((sku, wanted) -> {
            var current = listings.get(sku);
            if (current == null || current.quantity() < wanted) {
                missing.add(sku);
            }
        });
        if (!missing.isEmpty()) {
            return missing;
        }
        quantities.forEach((sku, wanted) -> adjust(sku, -wanted));
        return List.of();
    }

    /** Gives back stock taken by {@link #take}, e.g. when an order is cancelled, keeping the sequences. */
    public synchronized void giveBack(Map<String, Long> quantities) {
        quantities.forEach(this::adjust);
    }

    private void adjust(String skuCode, long delta) {
        listings.computeIfPresent(
                skuCode,
                (sku, current) -> new ListingStock(
                        sku, Math.max(0, current.quantity() + delta), current.sequence(), clock.instant()));
    }

    /** The listings that currently hold stock, in SKU order. */
    public List<ListingStock> inStock() {
        return listings.values().stream()
                .filter(s -> s.quantity() > 0)
                .sorted(Comparator.comparing(ListingStock::skuCode))
                .toList();
    }

    public Optional<ListingStock> find(String skuCode) {
        return Optional.ofNullable(listings.get(skuCode));
    }

    public List<ListingStock> find(Collection<String> skuCodes) {
        return skuCodes.stream().map(listings::get).filter(s -> s != null).toList();
    }

    /** One page of all listings in SKU order, for reconciliation. */
    public List<ListingStock> page(int page, int size) {
        var all = new ArrayList<>(listings.values());
        all.sort(Comparator.comparing(ListingStock::skuCode));
        long from = (long) page * size;
        if (from >= all.size()) {
            return List.of();
        }
        return List.copyOf(all.subList((int) from, (int) Math.min(all.size(), from + size)));
    }

    public int size() {
        return listings.size();
    }

    /** Outcome of one pushed item: {@code applied} or stale, and the stock the shop holds afterwards. */
    public record PushResult(boolean applied, ListingStock current) {}
}
