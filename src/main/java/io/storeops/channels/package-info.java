/**
 * Channels: the adapter SPI to marketplaces and the stock sync (F2.3, F3.1, F3.5). Every committed stock change
 * enqueues the new available-to-sell of each connected channel in a transactional outbox; a dispatcher pushes them,
 * coalesced per SKU × channel, with retries, back-off, a circuit breaker and idempotent sequences.
 */
@ApplicationModule(
        displayName = "Channels",
        allowedDependencies = {"shared", "platform", "catalog", "inventory"})
package io.storeops.channels;

import org.springframework.modulith.ApplicationModule;
