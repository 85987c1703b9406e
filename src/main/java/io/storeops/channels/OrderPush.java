package io.storeops.channels;

import java.time.Instant;
import java.util.Set;

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

    /** The life of a push: pending until the channel accepts it or it is given up on; both ends are final. */
    public enum Status {
        PENDING,
        PUSHED,
        FAILED;

        public Set<Status> next() {
            return switch (this) {
                case PENDING -> Set.of(PUSHED, FAILED);
                case PUSHED, FAILED -> Set.of();
            };
        }

        public boolean canMoveTo(Status target) {
            return next().contains(target);
        }
    }
}
