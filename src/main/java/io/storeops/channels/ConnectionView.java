package io.storeops.channels;

import java.time.Instant;
import java.util.List;

/**
 * A channel's connection as the console shows it. The secret itself never leaves the server: only whether one is set
 * and its last four characters. {@code source} tells where the connection comes from: {@code ENVIRONMENT}
 * (configuration, read-only here), {@code CONSOLE} (stored encrypted) or {@code NONE} (not connected).
 */
public record ConnectionView(
        String channel,
        Kind kind,
        Source source,
        String shop,
        String baseUrl,
        String appKey,
        boolean secretSet,
        String secretHint,
        String pushUrl,
        Integer rateLimitPerSecond,
        Long timeoutMs,
        boolean connected,
        BreakerState breaker,
        String loadError,
        List<PullStatus> pulls,
        Instant updatedAt,
        String updatedBy,
        Integer version) {

    public enum Kind {
        MARKETPLACE,
        WEBHOOK
    }

    public enum Source {
        ENVIRONMENT,
        CONSOLE,
        NONE
    }

    /** All channels' connections, and whether secrets can be stored at all (a credentials key is configured). */
    public record Overview(boolean encryptionAvailable, List<ConnectionView> connections) {}

    /** A console change of a marketplace connection; a blank {@code appSecret} keeps the stored one. */
    public record Change(
            String shop,
            String baseUrl,
            String appKey,
            String appSecret,
            int rateLimitPerSecond,
            int timeoutMs,
            Integer version) {}

    /** Outcome of a trial call with the connection's credentials. */
    public record TestResult(boolean ok, long latencyMs, String message) {}
}
