package io.storeops.channels;

import io.storeops.channels.internal.ChannelResilience;
import io.storeops.channels.internal.ConnectionProperties;
import io.storeops.channels.internal.ConnectionRepository;
import io.storeops.channels.internal.MarketplaceAdapters;
import io.storeops.platform.SecretCipher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The connected channels with their adapters, and a circuit breaker per channel ({@link ChannelResilience}): after a
 * run of consecutive failures the channel is left alone for a pause, then one trial batch decides whether it closes
 * again. Connections come from
 * the environment (fixed while the application runs) and from the console (stored with the secret encrypted; they
 * take effect at once through {@link #reload()} on the instance that saved them, and within
 * {@value #RECHECK_SECONDS} s on every other instance sharing the database, which compares the stored connections'
 * fingerprint that often). An environment connection wins over a stored one of the same channel. Breakers and call
 * rate limits are per instance.
 */
@Component
class ChannelConnections {

    private static final Logger log = LoggerFactory.getLogger(ChannelConnections.class);
    static final int RECHECK_SECONDS = 2;

    private final Map<String, String> loadErrors = new ConcurrentHashMap<>();
    private final MarketplaceAdapters factory;
    private final ConnectionProperties properties;
    private final ConnectionRepository stored;
    private final SecretCipher cipher;
    private final ChannelResilience resilience;
    private final Clock clock;
    private volatile Map<String, ChannelAdapter> adapters;
    private volatile String loadedFingerprint;
    private volatile Instant checkedAt = Instant.MIN;

    ChannelConnections(
            MarketplaceAdapters factory,
            ConnectionProperties properties,
            ConnectionRepository stored,
            SecretCipher cipher,
            ChannelResilience resilience,
            Clock clock) {
        this.factory = factory;
        this.properties = properties;
        this.stored = stored;
        this.cipher = cipher;
        this.resilience = resilience;
        this.clock = clock;
    }

    /** Rebuilds the adapters after a connection was saved or removed in the console. */
    synchronized void reload() {
        loadedFingerprint = stored.fingerprint();
        checkedAt = clock.instant();
        Map<String, ChannelAdapter> built = new LinkedHashMap<>();
        properties.connections().stream()
                .filter(ConnectionProperties.Connection::configured)
                .forEach(c -> built.put(c.channel(), factory.marketplace(c)));
        properties.webhooks().stream()
                .filter(ConnectionProperties.Webhook::configured)
                .filter(w -> !built.containsKey(w.channel()))
                .forEach(w -> built.put(w.channel(), factory.webhook(w)));
        loadErrors.clear();
        for (ConnectionRepository.Stored c : stored.findAll()) {
            if (built.containsKey(c.channel())) {
                continue;
            }
            try {
                built.put(c.channel(), factory.marketplace(toConnection(c, cipher.decrypt(c.secretCipher()))));
            } catch (RuntimeException e) {
                loadErrors.put(c.channel(), e.getMessage());
                log.error("Channel {} stays unconnected: {}", c.channel(), e.getMessage());
            }
        }
        properties.connections().stream()
                .filter(c -> c.channel() != null && !built.containsKey(c.channel()))
                .forEach(c -> log.info("Channel {} is not connected: no shop credentials configured", c.channel()));
        adapters = Collections.unmodifiableMap(built);
    }

    static ConnectionProperties.Connection toConnection(ConnectionRepository.Stored c, String secret) {
        return new ConnectionProperties.Connection(
                c.channel(),
                c.baseUrl(),
                c.shop(),
                c.appKey(),
                secret,
                Duration.ofMillis(c.timeoutMs()),
                c.rateLimitPerSecond());
    }

    private Map<String, ChannelAdapter> adapters() {
        Map<String, ChannelAdapter> current = adapters;
        if (current == null || recheckDue()) {
            synchronized (this) {
                if (adapters == null) {
                    reload();
                } else if (recheckDue()) {
                    reloadIfChangedElsewhere();
                }
                current = adapters;
            }
        }
        return current;
    }

    private boolean recheckDue() {
        return !clock.instant().isBefore(checkedAt.plusSeconds(RECHECK_SECONDS));
    }

    /** Another instance saved or removed a connection in the console: load them again. */
    private void reloadIfChangedElsewhere() {
        checkedAt = clock.instant();
        try {
            if (!stored.fingerprint().equals(loadedFingerprint)) {
                log.info("Channel connections changed on another instance; loading them again");
                reload();
            }
        } catch (RuntimeException e) {
            log.debug("Could not check the stored channel connections: {}", e.getMessage());
        }
    }

    Set<String> connectedChannels() {
        return adapters().keySet();
    }

    boolean isConnected(String channel) {
        return adapters().containsKey(channel);
    }

    Optional<ChannelAdapter> adapter(String channel) {
        return Optional.ofNullable(adapters().get(channel));
    }

    /** Why a connection stored in the console could not be used (e.g. the credentials key changed), if so. */
    Optional<String> loadError(String channel) {
        adapters();
        return Optional.ofNullable(loadErrors.get(channel));
    }

    /** Whether the channel's circuit breaker lets a call through now. */
    boolean allows(String channel) {
        return resilience.allows(channel);
    }

    /** One call to the channel let through its circuit breaker; empty while the breaker is open. */
    Optional<ChannelResilience.Call> call(String channel) {
        return resilience.call(channel);
    }

    BreakerState breakerState(String channel) {
        return resilience.breakerState(channel);
    }
}
