/**
 * Channels: the adapter SPI to marketplaces and the stock sync (F2.3, F3.1, F3.5). Every committed stock change
 * enqueues the new available-to-sell of each connected channel in a transactional outbox; a dispatcher pushes them,
 * coalesced per SKU × channel, with retries, back-off, a circuit breaker and idempotent sequences.
 *
 * <p>Orders, reviews and carrier tracking events are pulled from the marketplaces' feeds into an inbox
 * ({@link io.storeops.channels.ChannelPulls}; {@link io.storeops.channels.ChannelOrderReceived},
 * {@link io.storeops.channels.ChannelReviewReceived}, {@link io.storeops.channels.TrackingEventReceived}). Shipments
 * and refunds go the other way through {@link io.storeops.channels.OrderPushes}: queued in the caller's transaction,
 * delivered by the same dispatcher, idempotent by shipment or refund id, ending in
 * {@link io.storeops.channels.OrderPushed} or {@link io.storeops.channels.OrderPushFailed}.
 */
@ApplicationModule(
        displayName = "Channels",
        allowedDependencies = {"shared", "platform", "catalog", "inventory"})
@NullMarked
package io.storeops.channels;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
