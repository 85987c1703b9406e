package io.storeops.promotions;

import java.time.Instant;

/**
 * The stored status of a promotion. Only {@link #ACTIVE} promotions take part in pricing, and only inside their
 * window; {@link Phase} adds the time to it for display.
 */
public enum PromotionStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    ENDED;

    /** What a person sees: whether an active promotion has started or ended by now. */
    public enum Phase {
        DRAFT,
        UPCOMING,
        RUNNING,
        PAUSED,
        ENDED
    }

    public Phase phase(Instant startsAt, Instant endsAt, Instant now) {
        return switch (this) {
            case DRAFT -> Phase.DRAFT;
            case PAUSED -> Phase.PAUSED;
            case ENDED -> Phase.ENDED;
            case ACTIVE -> now.isBefore(startsAt) ? Phase.UPCOMING : now.isBefore(endsAt) ? Phase.RUNNING : Phase.ENDED;
        };
    }
}
