package io.storeops.orders.review;

import io.storeops.orders.HoldReason;
import java.util.Optional;

/**
 * One reason the automatic review (F4.2) may hold an order for a person. A policy returns the hold reason it finds,
 * explained with the detail that made it fire; a new rule is a new implementation listed in {@link HoldPolicies}.
 */
public interface HoldPolicy {

    Optional<HoldReason> check(OrderUnderReview order);
}
