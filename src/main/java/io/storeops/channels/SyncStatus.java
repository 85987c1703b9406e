package io.storeops.channels;

import java.time.Instant;

/**
 * The stock sync of one channel: whether it is connected, its circuit breaker, pushes waiting and failing, the lag
 * (age of the oldest change not yet acknowledged by the marketplace, seconds), the last success and the last
 * reconciliation; the listing (title, price, on-sale status) pushes waiting and failing; and the order pushes
 * (shipments and refunds) waiting, failing (waiting after failed attempts) and given up on for good.
 */
public record SyncStatus(
        String channel,
        boolean connected,
        BreakerState breaker,
        long pending,
        long failing,
        double lagSeconds,
        Instant lastPushedAt,
        String lastError,
        Reconciliation lastReconciliation,
        long listingsPending,
        long listingsFailing,
        long orderPushesPending,
        long orderPushesFailing,
        long orderPushesFailed) {

    /** The same status with the channel's listing pushes counted in. */
    public SyncStatus withListings(long pending, long failing) {
        return new SyncStatus(
                channel,
                connected,
                breaker,
                this.pending,
                this.failing,
                lagSeconds,
                lastPushedAt,
                lastError,
                lastReconciliation,
                pending,
                failing,
                orderPushesPending,
                orderPushesFailing,
                orderPushesFailed);
    }

    /** The same status with the channel's shipment and refund pushes counted in. */
    public SyncStatus withOrderPushes(long pending, long failing, long failed) {
        return new SyncStatus(
                channel,
                connected,
                breaker,
                this.pending,
                this.failing,
                lagSeconds,
                lastPushedAt,
                lastError,
                lastReconciliation,
                listingsPending,
                listingsFailing,
                pending,
                failing,
                failed);
    }
}
