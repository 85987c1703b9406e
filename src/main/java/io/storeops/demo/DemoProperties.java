package io.storeops.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When to seed the demo store: {@code auto} (default) seeds an empty embedded database only; {@code always} also seeds
 * an empty external database; {@code never} seeds nothing. Set with {@code STOREOPS_DEMO}. {@code autoFulfil}: in a
 * demo store, a simulated warehouse crew picks, packs and ships allocated orders a minute after they arrive
 * ({@code STOREOPS_DEMO_AUTO_FULFIL}, default on).
 */
@ConfigurationProperties("storeops.demo")
record DemoProperties(
        @DefaultValue("auto") Mode mode,
        @DefaultValue("true") boolean autoFulfil) {

    enum Mode {
        AUTO,
        ALWAYS,
        NEVER
    }
}
