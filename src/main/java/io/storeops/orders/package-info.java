/**
 * Orders (F4.1–F4.3, F3.4): every channel's orders in one normalised model with an explicit state machine, ingested
 * idempotently (pulled, webhook, file, API), reviewed automatically by configurable rules, routed to warehouses and
 * reserved atomically through the inventory module. Consumes channel orders through the durable event registry.
 */
@ApplicationModule(
        displayName = "Orders",
        allowedDependencies = {"shared", "platform", "catalog", "inventory", "channels"})
@NullMarked
package io.storeops.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
