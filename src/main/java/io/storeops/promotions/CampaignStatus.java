package io.storeops.promotions;

import io.storeops.shared.ConflictException;
import io.storeops.shared.Message;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a campaign stands. Its status only moves forward, and a campaign can be ended from any other status:
 *
 * <pre>
 * PLANNING         → PENDING_APPROVAL | ENDED
 * PENDING_APPROVAL → APPROVED | ENDED
 * APPROVED         → LIVE | ENDED
 * LIVE             → ENDED
 * </pre>
 */
public enum CampaignStatus {
    PLANNING,
    PENDING_APPROVAL,
    APPROVED,
    LIVE,
    ENDED;

    public Set<CampaignStatus> next() {
        return switch (this) {
            case PLANNING -> EnumSet.of(PENDING_APPROVAL, ENDED);
            case PENDING_APPROVAL -> EnumSet.of(APPROVED, ENDED);
            case APPROVED -> EnumSet.of(LIVE, ENDED);
            case LIVE -> EnumSet.of(ENDED);
            case ENDED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }

    public boolean canMoveTo(CampaignStatus target) {
        return next().contains(target);
    }

    /** Refuses (409 {@code campaign-status}, naming the status the step needs) a move the table does not allow. */
    public void requireMoveTo(CampaignStatus target) {
        if (!canMoveTo(target)) {
            throw refusal(target);
        }
    }

    /** The conflict of a campaign in this status asked to move to {@code target}. */
    ConflictException refusal(CampaignStatus target) {
        String needed = Arrays.stream(values())
                .filter(from -> from.canMoveTo(target))
                .map(Enum::name)
                .collect(Collectors.joining(", "));
        return new ConflictException(
                "campaign-status",
                Message.of(PromotionsMessage.CAMPAIGN_STEP_NOT_ALLOWED, "status", name(), "needed", needed));
    }
}
