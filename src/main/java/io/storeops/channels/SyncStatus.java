package io.storeops.channels;

import java.time.Instant;

/**
 * The stock sync of one channel: whether it is connected, its circuit breaker, pushes waiting and failing, the lag
 * (age of the oldest change not yet acknowledged by the marketplace, seconds), the last success and the last
 * reconciliation; and the listing (title, price, on-sale status) pushes waiting and failing.
 */
public record SyncStatus(
        String channel,
        boolean connected,
        String breaker,
        long pending,
        long failing,
        double lagSeconds,
        Instant lastPushedAt,
        String lastError,
        Reconciliation lastReconciliation,
        long listingsPending,
        long listingsFailing) {

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
                failing);
    }
}
