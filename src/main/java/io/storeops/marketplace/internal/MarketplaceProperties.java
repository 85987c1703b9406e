package io.storeops.marketplace.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the simulated marketplace. Shops default to the demo shops of {@code marketplace-defaults.properties},
 * whose secrets come from the environment; a shop without a secret gets a random one at start.
 *
 * @param enabled whether the simulator's endpoints exist at all
 * @param rateLimitPerSecond requests per second a shop accepts unless it sets its own limit
 * @param shops the merchant shops on the simulated platform
 * @param seed seeds every shop's random order, buyer and review generator ({@code storeops.marketplace.seed}), making
 *     them reproducible; {@code null} means random
 */
@ConfigurationProperties("storeops.marketplace")
public record MarketplaceProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("50") int rateLimitPerSecond,
        List<Shop> shops,
        Long seed) {

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
     * @param orderRatePerMinute random orders the shop's buyers place per minute on average; {@code null} or 0 = none
     * @param reviewProbability the chance that a generated order gets a review, {@code null} = 0.3
     * @param logisticsStepSeconds seconds between two scans of a parcel, {@code null} = 20
     * @param stallProbability the chance that a parcel gets stuck in transit, {@code null} = 0.05
     */
    public record Shop(
            String code,
            String appKey,
            String appSecret,
            Integer rateLimitPerSecond,
            Integer orderRatePerMinute,
            Double reviewProbability,
            Integer logisticsStepSeconds,
            Double stallProbability) {

        public static final int MAX_ORDER_RATE_PER_MINUTE = 6000;
        public static final double DEFAULT_REVIEW_PROBABILITY = 0.3;
        public static final int DEFAULT_LOGISTICS_STEP_SECONDS = 20;
        public static final int MAX_LOGISTICS_STEP_SECONDS = 86_400;
        public static final double DEFAULT_STALL_PROBABILITY = 0.05;

        /** A shop whose parcels move and stall as by default. */
        public Shop(
                String code,
                String appKey,
                String appSecret,
                Integer rateLimitPerSecond,
                Integer orderRatePerMinute,
                Double reviewProbability) {
            this(code, appKey, appSecret, rateLimitPerSecond, orderRatePerMinute, reviewProbability, null, null);
        }

        @ConstructorBinding
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
            if (orderRatePerMinute == null) {
                orderRatePerMinute = 0;
            }
            if (orderRatePerMinute < 0 || orderRatePerMinute > MAX_ORDER_RATE_PER_MINUTE) {
                throw new IllegalArgumentException("Marketplace shop " + code
                        + ": order-rate-per-minute must be between 0 and " + MAX_ORDER_RATE_PER_MINUTE);
            }
            if (reviewProbability == null) {
                reviewProbability = DEFAULT_REVIEW_PROBABILITY;
            }
            if (!(reviewProbability >= 0 && reviewProbability <= 1)) {
                throw new IllegalArgumentException(
                        "Marketplace shop " + code + ": review-probability must be between 0 and 1");
            }
            if (logisticsStepSeconds == null) {
                logisticsStepSeconds = DEFAULT_LOGISTICS_STEP_SECONDS;
            }
            if (logisticsStepSeconds < 1 || logisticsStepSeconds > MAX_LOGISTICS_STEP_SECONDS) {
                throw new IllegalArgumentException("Marketplace shop " + code
                        + ": logistics-step-seconds must be between 1 and " + MAX_LOGISTICS_STEP_SECONDS);
            }
            if (stallProbability == null) {
                stallProbability = DEFAULT_STALL_PROBABILITY;
            }
            if (!(stallProbability >= 0 && stallProbability <= 1)) {
                throw new IllegalArgumentException(
                        "Marketplace shop " + code + ": stall-probability must be between 0 and 1");
            }
        }
    }
}
