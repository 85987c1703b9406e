package io.storeops.channels.internal;

import io.storeops.channels.ChannelAdapter;
import java.time.Clock;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds the adapter of a connection; a blank base URL means the simulated marketplace on this server. */
@Component
public class MarketplaceAdapters {

    private final Environment environment;
    private final JsonMapper json;
    private final Clock clock;
    private final ChannelResilience resilience;

    MarketplaceAdapters(Environment environment, JsonMapper json, Clock clock, ChannelResilience resilience) {
        this.environment = environment;
        this.json = json;
        this.clock = clock;
        this.resilience = resilience;
    }

    public ChannelAdapter marketplace(ConnectionProperties.Connection connection) {
        var limiter =
                resilience.rateLimiter(connection.channel(), connection.rateLimitPerSecond(), connection.timeout());
        return new SimulatedMarketplaceAdapter(connection, () -> baseUrl(connection), json, clock, limiter);
    }

    public ChannelAdapter webhook(ConnectionProperties.Webhook webhook) {
        var limiter = resilience.rateLimiter(webhook.channel(), webhook.rateLimitPerSecond(), webhook.timeout());
        return new WebhookChannelAdapter(webhook, this::serverBase, json, clock, limiter);
    }

    private String serverBase() {
        return "http://localhost:"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    private String baseUrl(ConnectionProperties.Connection connection) {
        if (connection.baseUrl() != null && !connection.baseUrl().isBlank()) {
            return connection.baseUrl();
        }
        return serverBase();
    }
}
