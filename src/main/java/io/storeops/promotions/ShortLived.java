package io.storeops.promotions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;

/**
 * The short-lived caches of pricing: values read from the database and served from memory for a fixed time after they
 * were loaded (Caffeine, {@code expireAfterWrite}), bounded in size. Pricing reads list prices, coupon terms, gift
 * stock and the active promotions far more often than they change; a few seconds' staleness is the documented price.
 * With two instances on one database, a change made on one is seen by the other when its entry expires: the expiry,
 * not an invalidation, bounds the staleness across instances. Hits, misses, loads and evictions are published as
 * {@code cache.*} meters tagged {@code cache=<name>} under {@code /actuator/metrics}.
 */
final class ShortLived {

    private ShortLived() {}

    static <K, V> Cache<K, V> cache(String name, Duration expireAfter, long maximumSize, MeterRegistry registry) {
        Cache<K, V> cache = Caffeine.newBuilder()
                .expireAfterWrite(expireAfter)
                .maximumSize(maximumSize)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, cache, name);
        return cache;
    }
}
