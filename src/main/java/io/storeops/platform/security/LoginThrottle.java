package io.storeops.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without handing an outsider the power to lock a user out.
 *
 * <ul>
 *   <li>Per username × client address, a token bucket of {@value #ATTEMPTS} attempts refilled one per minute (Bucket4j,
 *       kept in {@code platform.login_buckets} and taken with {@code select … for update}, so the count is atomic across
 *       parallel requests and across instances on the same database). An empty bucket answers 429 with Retry-After
 *       before the password is checked; a successful login refills that pair.
 *   <li>Per username, from any address, a growing delay before each password check once there were many recent
 *       failures ({@link GrowingDelays}) — never a refusal, so the right password from another address still gets in.
 * </ul>
 *
 * The client address is the request's remote address: the proxy's {@code X-Forwarded-For} only when forwarded headers
 * are trusted ({@code server.forward-headers-strategy=native}).
 */
@Component
class LoginThrottle {

    static final int ATTEMPTS = 5;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAddress = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder()
                    .capacity(ATTEMPTS)
                    .refillGreedy(ATTEMPTS, Duration.ofMinutes(ATTEMPTS))
                    .build())
            .build();
    private final GrowingDelays delays = new GrowingDelays();
    private final MeterRegistry meters;

    LoginThrottle(DataSource dataSource, MeterRegistry meters) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("platform.login_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.meters = meters;
    }

    /**
     * Takes one attempt for this username from this address, then waits the username's current delay; throws when the
     * pair has no attempt left.
     */
    void acquire(String username, String address) {
        var probe = buckets.getProxy(key(username, address), () -> perAddress).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            count("throttled");
            throw new ThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        delays.await(normalise(username));
    }

    void failed(String username) {
        count("failed");
        delays.failed(normalise(username));
    }

    void succeeded(String username, String address) {
        count("succeeded");
        buckets.removeProxy(key(username, address));
    }

    /** Drops buckets that have refilled completely; every instance may run it ({@code skip locked}). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void removeFullBuckets() {
        while (buckets.removeExpired(1_000) == 1_000) {
            // keep going until a batch comes back short
        }
    }

    private void count(String outcome) {
        meters.counter("storeops.login.attempts", "outcome", outcome).increment();
    }

    private static String key(String username, String address) {
        return ApiTokens.hash(normalise(username) + "\n" + address);
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    /** No login attempt left for this username from this address until {@link #retryAfter()} has passed. */
    static class ThrottledException extends RuntimeException {

        private final Duration retryAfter;

        ThrottledException(Duration retryAfter) {
            super("Too many login attempts");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, at least 1, for the Retry-After header. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1_000);
        }
    }
}
