package io.storeops.channels.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Marketplace connections, from configuration and the environment (secrets never from the database). A connection
 * without a secret is left unconnected. {@code baseUrl} blank means the simulated marketplace of this server.
 */
@ConfigurationProperties("storeops.channels")
public record ConnectionProperties(
        @DefaultValue List<Connection> connections,
        @DefaultValue List<Webhook> webhooks,
        @DefaultValue Sync sync,
        @DefaultValue Pull pull) {

    /**
     * A channel without an API of its own (F3.3): it sends orders to {@code /hooks/{channel}/orders} signed with the
     * shared secret, and receives stock pushes at {@code pushUrl} (a path starting with {@code /} is on this server).
     */
    public record Webhook(
            String channel,
            String secret,
            String pushUrl,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("40") int rateLimitPerSecond) {

        public boolean configured() {
            return channel != null && pushUrl != null && secret != null && !secret.isBlank();
        }
    }

    /**
     * One channel's shop on its marketplace. {@code rateLimitPerSecond} is how many calls StoreOps makes at most, kept
     * below the marketplace's own limit so it is not throttled.
     */
    public record Connection(
            String channel,
            String baseUrl,
            String shop,
            String appKey,
            String appSecret,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("40") int rateLimitPerSecond) {

        public boolean configured() {
            return channel != null && shop != null && appKey != null && appSecret != null && !appSecret.isBlank();
        }
    }

    /**
     * Dispatcher settings: batch size per push, back-off bounds, circuit-breaker threshold and pause, and the lease of
     * a claimed push (how long an instance that died holding it keeps it from the others).
     */
    public record Sync(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("500") int batchSize,
            @DefaultValue("500ms") Duration minBackoff,
            @DefaultValue("60s") Duration maxBackoff,
            @DefaultValue("5") int breakerThreshold,
            @DefaultValue("10s") Duration breakerPause,
            @DefaultValue("30s") Duration lease) {}

    /** Order and review pulls (every {@code interval-ms}, default 5000): on or off, and the page size. */
    public record Pull(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("100") int pageSize) {}
}
