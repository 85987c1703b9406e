package io.storeops.channels.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.storeops.channels.BreakerState;
import io.storeops.channels.ChannelException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The Resilience4j guards of every channel, their metrics bound to Micrometer ({@code resilience4j.circuitbreaker.*},
 * {@code resilience4j.ratelimiter.*}, {@code resilience4j.retry.*} under {@code /actuator/metrics}, tagged with the
 * channel):
 *
 * <ul>
 *   <li>a circuit breaker per channel: {@code breaker-threshold} failed calls in a row open it for
 *       {@code breaker-pause}, then one trial call decides whether it closes again;
 *   <li>a rate limiter per connection: one call every 1/N s without bursts, so a channel stays below the marketplace's
 *       own limit of about one second's worth of calls; a call that would wait longer than the connection's timeout
 *       is not made;
 *   <li>a retry with jittered exponential back-off for idempotent reads (a reconciliation page);
 *   <li>the same jittered exponential back-off for the outbox rows. Their retries are not a library retry: the next
 *       attempt is stored in the row, because it must survive a restart and be seen by every instance, and a retry
 *       loop in memory would hold the row's lease and the dispatcher thread while it waits.
 * </ul>
 */
@Component
public class ChannelResilience {

    private static final double BACKOFF_MULTIPLIER = 2.0;
    private static final double JITTER = 0.5;
    private static final int READ_ATTEMPTS = 3;

    private final CircuitBreakerRegistry breakers;
    private final RateLimiterRegistry rateLimiters = RateLimiterRegistry.ofDefaults();
    private final RetryRegistry retries;
    private final IntervalFunction backoff;

    ChannelResilience(ConnectionProperties properties, MeterRegistry meters) {
        var sync = properties.sync();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindow(sync.breakerThreshold(), sync.breakerThreshold(), SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(sync.breakerPause())
                .permittedNumberOfCallsInHalfOpenState(1)
                .ignoreExceptions(CallNotMade.class)
                .build());
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(
                sync.minBackoff(), BACKOFF_MULTIPLIER, JITTER, sync.maxBackoff());
        this.retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(READ_ATTEMPTS)
                .intervalFunction(backoff)
                .retryOnException(e -> e instanceof ChannelException c && !c.isPermanent())
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(rateLimiters).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
    }

    /** Lets one call to the channel through its circuit breaker, or nothing while the breaker is open. */
    public Optional<Call> call(String channel) {
        CircuitBreaker breaker = breakers.circuitBreaker(channel);
        return breaker.tryAcquirePermission() ? Optional.of(new Call(breaker)) : Optional.empty();
    }

    /** Whether a call to the channel would be let through now (moves an open breaker whose pause is over to half open). */
    public boolean allows(String channel) {
        CircuitBreaker breaker = breakers.circuitBreaker(channel);
        if (!breaker.tryAcquirePermission()) {
            return false;
        }
        breaker.releasePermission();
        return true;
    }

    /** Where the channel's breaker stands; {@code CLOSED} before its first call. */
    public BreakerState breakerState(String channel) {
        return breakers.find(channel)
                .map(b -> BreakerState.valueOf(b.getState().name()))
                .orElse(BreakerState.CLOSED);
    }

    /** The wait before attempt {@code attempts + 1} of an outbox row: jittered, growing exponentially, capped. */
    public Duration backoff(int attempts) {
        return Duration.ofMillis(backoff.apply(Math.max(1, attempts)));
    }

    /** The retry of idempotent reads from a channel (transient failures only). */
    public Retry readRetry(String channel) {
        return retries.retry(channel);
    }

    /**
     * A new rate limiter for a connection's calls, replacing the channel's previous one (its limit may have changed).
     */
    RateLimiter rateLimiter(String channel, int perSecond, Duration timeout) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("rate-limit-per-second must be at least 1");
        }
        var config = RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(TimeUnit.SECONDS.toNanos(1) / perSecond))
                .timeoutDuration(timeout)
                .build();
        synchronized (rateLimiters) {
            rateLimiters.remove(channel);
            return rateLimiters.rateLimiter(channel, config);
        }
    }

    /** Waits for the limiter's next call, or throws {@link CallNotMade} when that would take longer than its timeout. */
    static void pace(RateLimiter limiter, String channel) {
        long nanos = limiter.reservePermission();
        if (nanos < 0) {
            throw new CallNotMade(
                    channel + ": own call rate limit reached",
                    limiter.getRateLimiterConfig().getTimeoutDuration().plusMillis(1));
        }
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CallNotMade(channel + " call interrupted", null);
            }
        }
    }

    /** One call let through a channel's circuit breaker: exactly one of its three outcomes must follow. */
    public static final class Call {

        private final CircuitBreaker breaker;
        private final long started = System.nanoTime();

        private Call(CircuitBreaker breaker) {
            this.breaker = breaker;
        }

        /** The channel answered (a refusal for good counts too: the channel is healthy, the request is not). */
        public void succeeded() {
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }

        /** The call failed; a call our own rate limiter did not let out does not count against the channel. */
        public void failed(Throwable failure) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
        }

        /** There was nothing to send after all. */
        public void notMade() {
            breaker.releasePermission();
        }
    }

    /** A call that was not sent to the channel (our own rate limit); retried later like a throttled one. */
    static final class CallNotMade extends ChannelException {

        CallNotMade(String message, Duration retryAfter) {
            super(message, retryAfter, 429);
        }
    }
}
