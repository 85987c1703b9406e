package io.storeops.marketplace.internal;

import io.storeops.marketplace.MarketplaceItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The listings (items) of one simulated shop: title, price, status and SKUs, in memory. Like {@link StockBook}, a push
 * applies only when its sequence is higher than the one the item holds.
 */
public final class ItemBook {

    private final ConcurrentMap<String, MarketplaceItem> items = new ConcurrentHashMap<>();
    private final Clock clock;

    ItemBook(Clock clock) {
        this.clock = clock;
    }

    /** Applies one push atomically for its item; answers whether it applied and what the shop now holds. */
    public PushResult apply(
            String itemCode,
            String title,
            BigDecimal price,
            MarketplaceItem.Status status,
            List<String> skuCodes,
            long sequence) {
        var applied = new boolean[1];
        MarketplaceItem now = items.compute(itemCode, (code, current) -> {
            if (current != null && sequence <= current.sequence()) {
                return current;
            }
            applied[0] = true;
            return new MarketplaceItem(code, title, price, status, skuCodes, sequence, clock.instant());
        });
        return new PushResult(applied[0], now);
    }

    public Optional<MarketplaceItem> find(String itemCode) {
        return Optional.ofNullable(items.get(itemCode));
    }

    public List<MarketplaceItem> find(Collection<String> itemCodes) {
        return itemCodes.stream().map(items::get).filter(Objects::nonNull).toList();
    }

    /**
     * The item that sells {@code skuCode}: an ONSALE one if any, else any other; the lowest item code among equals, so
     * the answer does not depend on map order.
     */
    public Optional<MarketplaceItem> findBySku(String skuCode) {
        return items.values().stream()
                .filter(item -> item.skuCodes().contains(skuCode))
                .min(Comparator.comparing((MarketplaceItem item) -> item.status() != MarketplaceItem.Status.ONSALE)
                        .thenComparing(MarketplaceItem::itemCode));
    }

    /** Outcome of one pushed item: {@code applied} or stale, and the item the shop holds afterwards. */
    public record PushResult(boolean applied, MarketplaceItem current) {}
}
