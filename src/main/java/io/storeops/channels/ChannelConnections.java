package io.storeops.channels;

import io.storeops.channels.internal.ConnectionProperties;
import io.storeops.channels.internal.MarketplaceAdapters;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The connected channels with their adapters, and a circuit breaker per channel: after a run of consecutive failures
 * the channel is left alone for a pause, then one trial batch decides whether it closes again.
 */
@Component
class ChannelConnections {

    private final Map<String, ChannelAdapter> adapters = new LinkedHashMap<>();
    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();
    private final ConnectionProperties.Sync settings;
    private final Clock clock;

    ChannelConnections(MarketplaceAdapters factory, ConnectionProperties properties, Clock clock) {
        this.settings = properties.sync();
        this.clock = clock;
        factory.create(properties).forEach(a -> adapters.put(a.channel(), a));
    }

    Set<String> connectedChannels() {
        return adapters.keySet();
    }

    boolean isConnected(String channel) {
        return adapters.containsKey(channel);
    }

    Optional<ChannelAdapter> adapter(String channel) {
        return Optional.ofNullable(adapters.get(channel));
    }

    boolean allows(String channel) {
        Breaker breaker = breakers.get(channel);
        return breaker == null || breaker.openUntil == null || !clock.instant().isBefore(breaker.openUntil);
    }

    void succeeded(String channel) {
        breakers.remove(channel);
    }

    void failed(String channel) {
        Breaker breaker = breakers.computeIfAbsent(channel, c -> new Breaker());
        breaker.failures++;
        if (breaker.failures >= settings.breakerThreshold()) {
            breaker.openUntil = clock.instant().plus(settings.breakerPause());
        }
    }

    String breakerState(String channel) {
        Breaker breaker = breakers.get(channel);
        if (breaker == null || breaker.openUntil == null) {
            return "CLOSED";
        }
        return clock.instant().isBefore(breaker.openUntil) ? "OPEN" : "HALF_OPEN";
    }

    private static final class Breaker {
        int failures;
        Instant openUntil;
    }
}
