package io.storeops.channels;

import java.time.Instant;

/**
 * One shipment or refund queued for a channel and how its delivery stands: {@code PENDING} (waiting or being retried,
 * {@code attempts} failed so far), {@code PUSHED} (accepted by the channel) or {@code FAILED} (given up on, see
 * {@code lastError}).
 */
public record OrderPush(
        long id,
        String channel,
        OrderPushKind kind,
        String key,
        Status status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant pushedAt) {

    public enum Status {
        PENDING,
        PUSHED,
        FAILED
    }
}
