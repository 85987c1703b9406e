package io.storeops.channels.internal;

import io.storeops.channels.ChannelAdapter;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds an adapter for every configured connection; a blank base URL means the simulator on this server. */
@Component
public class MarketplaceAdapters {

    private static final Logger log = LoggerFactory.getLogger(MarketplaceAdapters.class);

    private final Environment environment;
    private final JsonMapper json;
    private final Clock clock;

    MarketplaceAdapters(Environment environment, JsonMapper json, Clock clock) {
        this.environment = environment;
        this.json = json;
        this.clock = clock;
    }

    public List<ChannelAdapter> create(ConnectionProperties properties) {
        var webhooks = properties.webhooks().stream()
                .filter(ConnectionProperties.Webhook::configured)
                .map(w -> (ChannelAdapter) new WebhookChannelAdapter(w, this::serverBase, json, clock));
        var marketplaces = properties.connections().stream()
                .filter(c -> {
                    if (!c.configured()) {
                        log.info("Channel {} is not connected: no shop credentials configured", c.channel());
                    }
                    return c.configured();
                })
                .map(c -> (ChannelAdapter) new SimulatedMarketplaceAdapter(c, () -> baseUrl(c), json, clock));
        return java.util.stream.Stream.concat(marketplaces, webhooks).toList();
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
