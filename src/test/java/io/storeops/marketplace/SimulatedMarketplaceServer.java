package io.storeops.marketplace;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * Runs the simulated marketplace alone, as a separate process would: only a web server, MVC, Jackson and the
 * {@code io.storeops.marketplace} beans — no database, no security, no other module. Usage:
 * {@code SimulatedMarketplaceServer [port]} (default 8090; 0 = random). Shops come from the usual configuration.
 */
public final class SimulatedMarketplaceServer {

    private SimulatedMarketplaceServer() {}

    public static void main(String[] args) {
        start(args.length > 0 ? Integer.parseInt(args[0]) : 8090);
    }

    /** Starts the marketplace on {@code port} (0 = random); the port taken is in {@code local.server.port}. */
    public static ConfigurableApplicationContext start(int port) {
        return start(port, new String[0]);
    }

    /**
     * Starts the marketplace on {@code port} with extra default properties ({@code key=value}), e.g.
     * {@code STOREOPS_MARKETPLACE_ORDER_RATE=0} to keep the demo shops' simulated buyers from placing orders.
     */
    public static ConfigurableApplicationContext start(int port, String... properties) {
        var all = new ArrayList<>(List.of("server.port=" + port, "spring.main.banner-mode=off"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(MarketplaceOnlyConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .properties(all.toArray(String[]::new))
                .run();
    }

    /**
     * Deliberately not a {@code @Configuration}: the application's own component scan must not pick it up when the
     * whole app runs in tests.
     */
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        ConfigurationPropertiesAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class
    })
    @ComponentScan(basePackageClasses = SimulatedMarketplace.class)
    static class MarketplaceOnlyConfiguration {}
}
