package io.storeops.promotions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read from the database and kept for a short time. Pricing a cart is a hot path that reads list prices,
 * coupon terms and gift stock far more often than they change; a few seconds' staleness is the documented price.
 * Keys the loader does not answer for are absent from the result and asked again next time.
 */
final class ShortLived<K, V> {

    private static final int MAX_ENTRIES = 100_000;

    private final Duration ttl;
    private final Clock clock;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ShortLived(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    private record Entry<V>(V value, Instant at) {}

    /** The values of these keys: fresh ones from memory, the rest from {@code loader} in one call. */
    Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> loader) {
        Instant now = clock.instant();
        Map<K, V> found = new HashMap<>();
        Set<K> missing = new LinkedHashSet<>();
        for (K key : keys) {
            Entry<V> entry = entries.get(key);
            if (entry != null && entry.at().plus(ttl).isAfter(now)) {
                found.put(key, entry.value());
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            if (entries.size() > MAX_ENTRIES) {
                entries.clear();
            }
            loader.apply(missing).forEach((key, value) -> {
                found.put(key, value);
                entries.put(key, new Entry<>(value, now));
            });
        }
        return found;
    }
}
