package io.storeops.channels.internal;

import io.storeops.channels.ChannelException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Paces the calls to one marketplace so StoreOps stays under its rate limit instead of running into 429s: a token
 * bucket holding one second of calls, refilled continuously. A caller waits for its token up to {@code maxWait};
 * beyond that the call is not made and fails like a throttled one, so the dispatcher retries it later.
 */
final class CallRateLimiter {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final double perNano;
    private final double capacity;
    private final Duration maxWait;
    private double tokens;
    private long refilledAt = System.nanoTime();

    CallRateLimiter(int perSecond, Duration maxWait) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("rate-limit-per-second must be at least 1");
        }
        this.perNano = perSecond / 1e9;
        this.capacity = perSecond;
        this.tokens = perSecond;
        this.maxWait = maxWait;
    }

    /** Takes one call's token, waiting for it if needed. */
    void acquire(String channel) {
        long waitNanos;
        lock.lock();
        try {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            tokens -= 1;
            waitNanos = tokens >= 0 ? 0 : (long) (-tokens / perNano);
            if (waitNanos > maxWait.toNanos()) {
                tokens += 1;
                throw new ChannelException(
                        channel + ": own call rate limit reached",
                        Duration.ofNanos(waitNanos).plusMillis(1));
            }
        } finally {
            lock.unlock();
        }
        if (waitNanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(waitNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChannelException(channel + " call interrupted", null);
            }
        }
    }
}
