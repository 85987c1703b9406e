package io.storeops.promotions;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A promotion as created or edited: its type's rule is a JSON object whose fields depend on the type (see
 * docs/PROMOTIONS.md). Amounts are yuan with at most two decimals; rates are 折 (8.5 = pay 85 %).
 *
 * @param version the version the editor started from (updates only)
 */
public record PromotionRequest(
        String name,
        PromotionType type,
        Instant startsAt,
        Instant endsAt,
        Integer priority,
        String exclusionGroup,
        Long campaignId,
        ScopeSpec scope,
        JsonNode rule,
        Integer version) {}
