package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.Violation;
import io.storeops.shared.Message;
import java.util.List;

/** The title exists and fits the channel's limit, counted the way the channel counts (see TitleCounting). */
final class TitleLengthRule implements ListingRule {

    @Override
    public int weight() {
        return 20;
    }

    @Override
    public List<Violation> check(ListingCandidate listing, ChannelRules rules) {
        String title = listing.title().strip();
        if (title.isEmpty()) {
            return List.of(Violation.blocking("title", Message.of(ListingRuleMessage.TITLE_MISSING)));
        }
        int units = rules.titleCounting().count(title);
        if (units > rules.maxTitleUnits()) {
            return List.of(Violation.blocking(
                    "title",
                    Message.of(
                            ListingRuleMessage.TITLE_TOO_LONG,
                            "units",
                            units,
                            "limit",
                            rules.maxTitleUnits(),
                            "counting",
                            counting(rules))));
        }
        if (units < rules.minTitleUnits()) {
            return List.of(Violation.warning(
                    "title",
                    Message.of(ListingRuleMessage.TITLE_TOO_SHORT, "units", units, "minimum", rules.minTitleUnits())));
        }
        return List.of();
    }

    private static Message counting(ChannelRules rules) {
        return Message.of(
                switch (rules.titleCounting()) {
                    case CJK_DOUBLE -> ListingRuleMessage.COUNTED_CJK_DOUBLE;
                    case CHARACTERS -> ListingRuleMessage.COUNTED_CHARACTERS;
                });
    }
}
