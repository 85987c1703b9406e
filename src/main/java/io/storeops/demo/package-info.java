/**
 * The demo store: a deterministic, realistic merchant (categories, products, SKUs, channel listings with real rule
 * violations to fix) seeded into an empty embedded database so StoreOps can be tried at once. Each module's demo data
 * is one {@link io.storeops.demo.DemoSeed}.
 */
@ApplicationModule(
        displayName = "Demo store",
        allowedDependencies = {"shared", "platform", "catalog", "inventory", "channels", "orders", "promotions"})
@NullMarked
package io.storeops.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
