package io.storeops.demo;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On the embedded (demo) database, connects the demo channels to the built-in simulated marketplace out of the box: a
 * random app secret is made once per start and used by both sides ({@code storeops.demo.marketplace-secret}). With an
 * external database nothing is generated, so channels connect only with secrets from the environment.
 */
class DemoMarketplaceSecret implements EnvironmentPostProcessor {

    static final String PROPERTY = "storeops.demo.marketplace-secret";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("storeops.database.url");
        if ((url != null && !url.isBlank()) || environment.containsProperty(PROPERTY)) {
            return;
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "storeops-demo-marketplace",
                        Map.of(PROPERTY, HexFormat.of().formatHex(secret))));
    }
}
