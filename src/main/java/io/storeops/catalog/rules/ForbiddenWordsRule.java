package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.DetailHtml;
import io.storeops.catalog.Violation;
import io.storeops.shared.Message;
import java.util.ArrayList;
import java.util.List;

/** Neither the title nor the detail page may use the channel's forbidden words (广告法 absolute terms). */
final class ForbiddenWordsRule implements ListingRule {

    @Override
    public int weight() {
        return 25;
    }

    @Override
    public List<Violation> check(ListingCandidate listing, ChannelRules rules) {
        var words = new ForbiddenWords(rules.forbiddenWords());
        List<Violation> violations = new ArrayList<>();
        List<String> inTitle = words.findIn(listing.title());
        if (!inTitle.isEmpty()) {
            violations.add(
                    Violation.blocking("title", Message.of(ListingRuleMessage.FORBIDDEN_WORD, "words", inTitle)));
        }
        List<String> inDetail = words.findIn(DetailHtml.plainText(listing.detailHtml()));
        if (!inDetail.isEmpty()) {
            violations.add(Violation.blocking(
                    "detail", Message.of(ListingRuleMessage.FORBIDDEN_WORD_DETAIL, "words", inDetail)));
        }
        return violations;
    }
}
