/**
 * Catalog: products (SPU) and SKUs, categories and brands, sales channels with their listing rules, and the listing of
 * each product on each channel with its completeness score and rule violations.
 */
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"shared", "platform"})
@NullMarked
package io.storeops.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
