package io.storeops.promotions;

import io.storeops.shared.ConflictException;
import io.storeops.shared.Message;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The stored status of a promotion. Only {@link #ACTIVE} promotions take part in pricing, and only inside their
 * window; {@link Phase} adds the time to it for display. The moves a promotion may make:
 *
 * <pre>
 * DRAFT  → ACTIVE | ENDED
 * ACTIVE → PAUSED | ENDED
 * PAUSED → ACTIVE | ENDED
 * </pre>
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

    public Set<PromotionStatus> next() {
        return switch (this) {
            case DRAFT, PAUSED -> EnumSet.of(ACTIVE, ENDED);
            case ACTIVE -> EnumSet.of(PAUSED, ENDED);
            case ENDED -> EnumSet.noneOf(PromotionStatus.class);
        };
    }

    public boolean canMoveTo(PromotionStatus target) {
        return next().contains(target);
    }

    /** Whether its fields may still be edited: an ended promotion stays as it ended. */
    public boolean editable() {
        return this != ENDED;
    }

    /** Refuses (409) a move the table does not allow. */
    public void requireMoveTo(PromotionStatus target) {
        if (!canMoveTo(target)) {
            throw refusal(target);
        }
    }

    /** The conflict of a promotion in this status asked to move to {@code target}. */
    ConflictException refusal(PromotionStatus target) {
        if (this == ENDED && target == ACTIVE) {
            return new ConflictException(
                    "promotion-ended", Message.of(PromotionsMessage.PROMOTION_ENDED_CANNOT_ACTIVATE));
        }
        if (target == PAUSED) {
            return new ConflictException("not-active", Message.of(PromotionsMessage.ONLY_ACTIVE_CAN_PAUSE));
        }
        return new ConflictException(
                "illegal-transition",
                Message.of(PromotionsMessage.PROMOTION_CANNOT_MOVE, "from", name(), "to", target.name()));
    }
}
