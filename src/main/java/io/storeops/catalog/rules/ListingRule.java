package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.Violation;
import java.util.List;

/**
 * One listing rule of a channel (标准化上架). A rule returns the violations it finds; its weight is its share of the
 * completeness score. A new rule is a new implementation registered in {@link ListingEvaluator}.
 */
public interface ListingRule {

    int weight();

    List<Violation> check(ListingCandidate listing, ChannelRules rules);
}
