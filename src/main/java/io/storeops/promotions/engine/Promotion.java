package io.storeops.promotions.engine;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A promotion as the engine sees it.
 *
 * @param id unique among the promotions priced together; also the final tie-breaker, so results never depend on the
 *     order of the promotion list
 * @param startsAt inclusive
 * @param endsAt exclusive
 * @param priority higher first: breaks ties between alternatives that are equally good for the customer, and orders
 *     the application of order-level discounts when a line's cap is reached
 * @param exclusionGroup a line takes part in at most one order-level promotion of the same group; {@code null}
 *     stacks with everything
 */
public record Promotion(
        String id,
        String name,
        Scope scope,
        Instant startsAt,
        Instant endsAt,
        int priority,
        @Nullable String exclusionGroup,
        Rule rule) {

    public Promotion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(rule, "rule");
    }

    /** Active from {@code startsAt} (inclusive) until {@code endsAt} (exclusive). */
    public boolean activeAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
