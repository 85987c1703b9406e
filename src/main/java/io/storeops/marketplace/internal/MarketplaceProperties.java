package io.storeops.marketplace.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the simulated marketplace. Shops default to the demo shops of {@code marketplace-defaults.properties},
 * whose secrets come from the environment; a shop without a secret gets a random one at start.
 *
 * @param enabled whether the simulator's endpoints exist at all
 * @param rateLimitPerSecond requests per second a shop accepts unless it sets its own limit
 * @param shops the merchant shops on the simulated platform
 */
@ConfigurationProperties("storeops.marketplace")
public record MarketplaceProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("50") int rateLimitPerSecond,
        List<Shop> shops) {

    public MarketplaceProperties {
        if (rateLimitPerSecond < 1) {
            throw new IllegalArgumentException("storeops.marketplace.rate-limit-per-second must be at least 1");
        }
        shops = shops == null ? List.of() : List.copyOf(shops);
    }

    /**
     * One shop.
     *
     * @param code the shop in the URL, e.g. {@code tmall-demo}
     * @param appKey the key that names the shop in {@code X-App-Key}
     * @param appSecret the signing secret; blank means generate one at start
     * @param rateLimitPerSecond this shop's own limit, or {@code null} for the default
     */
    public record Shop(String code, String appKey, String appSecret, Integer rateLimitPerSecond) {

        public Shop {
            if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,63}")) {
                throw new IllegalArgumentException(
                        "Marketplace shop code must be lower-case letters, digits and -, was " + code);
            }
            if (appKey == null || appKey.isBlank()) {
                throw new IllegalArgumentException("Marketplace shop " + code + " needs an app-key");
            }
            if (rateLimitPerSecond != null && rateLimitPerSecond < 1) {
                throw new IllegalArgumentException("Marketplace shop " + code + ": rate-limit-per-second must be >= 1");
            }
        }
    }
}
