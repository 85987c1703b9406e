package io.storeops.promotions;

import io.storeops.shared.Message;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** A stored promotion with its status, its phase now, a readable summary and its below-floor approval if any. */
public record PromotionView(
        long id,
        String name,
        PromotionType type,
        PromotionStatus status,
        PromotionStatus.Phase phase,
        Instant startsAt,
        Instant endsAt,
        int priority,
        String exclusionGroup,
        Long campaignId,
        ScopeSpec scope,
        JsonNode rule,
        Message summary,
        int version,
        Approval approval,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public PromotionId promotionId() {
        return new PromotionId(id);
    }

    /** A below-floor approval of this exact version of the promotion; an edit voids it. */
    public record Approval(String approvedBy, Instant approvedAt, String note) {}
}
