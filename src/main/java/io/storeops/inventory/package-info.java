/**
 * Inventory: warehouses, stock per SKU × warehouse (on hand, reserved, available), the append-only stock ledger behind
 * every movement, atomic reservations, and how much of the shared pool each sales channel may promise (available to
 * sell).
 */
@ApplicationModule(
        displayName = "Inventory",
        allowedDependencies = {"shared", "platform", "catalog"})
@NullMarked
package io.storeops.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
