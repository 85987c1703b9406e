package io.storeops.marketplace.internal;

import java.util.function.LongSupplier;

/**
 * A token bucket holding at most one second's worth of requests, refilled continuously at {@code perSecond}.
 * Thread-safe.
 */
final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private double tokens;
    private long lastRefill;

    TokenBucket(int perSecond, LongSupplier nanoTime) {
        this.capacity = perSecond;
        this.tokensPerNano = (double) perSecond / NANOS_PER_SECOND;
        this.nanoTime = nanoTime;
        this.tokens = perSecond;
        this.lastRefill = nanoTime.getAsLong();
    }

    /** Takes a token; answers 0 when granted, otherwise the nanoseconds until one will be available. */
    synchronized long tryAcquire() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
        lastRefill = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }
}
