package io.storeops.marketplace.internal;

import io.storeops.marketplace.ShopCredentials;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The configured shops of the simulated marketplace, held in memory for the life of the process. */
@Component
@ConditionalOnMarketplaceEnabled
public class ShopRegistry {

    private static final Logger log = LoggerFactory.getLogger(ShopRegistry.class);

    private final Map<String, SimulatedShop> shops;

    ShopRegistry(MarketplaceProperties properties) {
        var secrets = new SecureRandom();
        var byCode = new LinkedHashMap<String, SimulatedShop>();
        for (var shop : properties.shops()) {
            String secret = shop.appSecret();
            if (secret == null || secret.isBlank()) {
                var bytes = new byte[32];
                secrets.nextBytes(bytes);
                secret = HexFormat.of().formatHex(bytes);
                log.info(
                        "Simulated marketplace shop {} has no configured secret; generated one for app key {}",
                        shop.code(),
                        shop.appKey());
            }
            int limit = shop.rateLimitPerSecond() == null ? properties.rateLimitPerSecond() : shop.rateLimitPerSecond();
            var credentials = new ShopCredentials(shop.code(), shop.appKey(), secret);
            var random = properties.seed() == null
                    ? new Random()
                    : new Random(properties.seed() * 31 + shop.code().hashCode());
            var simulated = new SimulatedShop(
                    credentials,
                    limit,
                    Clock.systemUTC(),
                    System::nanoTime,
                    shop.orderRatePerMinute(),
                    shop.reviewProbability(),
                    random,
                    Duration.ofSeconds(shop.logisticsStepSeconds()),
                    shop.stallProbability(),
                    properties.seed() == null
                            ? new Random()
                            : new Random(properties.seed() * 37 + shop.code().hashCode()));
            if (byCode.put(shop.code(), simulated) != null) {
                throw new IllegalStateException("Marketplace shop " + shop.code() + " is configured twice");
            }
        }
        this.shops = Map.copyOf(byCode);
        log.info("Simulated marketplace serves shops {} under /sim/<shop>/api/v1", byCode.keySet());
    }

    public Optional<SimulatedShop> find(String code) {
        return Optional.ofNullable(shops.get(code));
    }

    public SimulatedShop require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No simulated marketplace shop " + code));
    }

    public Set<String> codes() {
        return shops.keySet();
    }

    public Collection<SimulatedShop> all() {
        return shops.values();
    }
}
