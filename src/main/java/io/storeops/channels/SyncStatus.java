package io.storeops.channels;

import java.time.Instant;

/**
 * The stock sync of one channel: whether it is connected, its circuit breaker, pushes waiting and failing, the lag
 * (age of the oldest change not yet acknowledged by the marketplace, seconds), the last success and the last
 * reconciliation.
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
        Reconciliation lastReconciliation) {}
