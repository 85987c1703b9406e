package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.Severity;
import io.storeops.catalog.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every listing rule against a listing and scores its completeness: each rule contributes its weight when it
 * passes, half of it when it only warns, nothing when it blocks; the score is the share of the total, 0–100.
 */
public final class ListingEvaluator {

    private final List<ListingRule> rules;

    public ListingEvaluator() {
        this(List.of(
                new TitleLengthRule(),
                new ForbiddenWordsRule(),
                new MainImagesRule(),
                new RequiredAttributesRule(),
                new DetailPageRule(),
                new PriceGuardrailRule()));
    }

    ListingEvaluator(List<ListingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Evaluation evaluate(ListingCandidate listing, ChannelRules channel) {
        List<Violation> violations = new ArrayList<>();
        double earned = 0;
        int total = 0;
        for (ListingRule rule : rules) {
            List<Violation> found = rule.check(listing, channel);
            violations.addAll(found);
            total += rule.weight();
            if (found.isEmpty()) {
                earned += rule.weight();
            } else if (found.stream().noneMatch(Violation::isBlocking)) {
                earned += rule.weight() / 2.0;
            }
        }
        int score = total == 0 ? 100 : (int) Math.round(100 * earned / total);
        return new Evaluation(score, violations);
    }

    /** The outcome for one listing: its completeness score and every violation found. */
    public record Evaluation(int score, List<Violation> violations) {

        public Evaluation {
            violations = List.copyOf(violations);
        }

        public long blockingCount() {
            return violations.stream()
                    .filter(v -> v.severity() == Severity.BLOCKING)
                    .count();
        }

        public boolean hasBlocking() {
            return blockingCount() > 0;
        }
    }
}
