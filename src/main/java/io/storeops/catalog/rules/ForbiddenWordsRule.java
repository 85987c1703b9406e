package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.DetailHtml;
import io.storeops.catalog.Violation;
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
            String list = String.join("、", inTitle);
            violations.add(Violation.blocking(
                    "FORBIDDEN_WORD",
                    "title",
                    "标题含违禁词：" + list + "（广告法禁用绝对化用语）",
                    "The title contains forbidden words: " + String.join(", ", inTitle)
                            + " (absolute terms banned by the Advertising Law)"));
        }
        List<String> inDetail = words.findIn(DetailHtml.plainText(listing.detailHtml()));
        if (!inDetail.isEmpty()) {
            violations.add(Violation.blocking(
                    "FORBIDDEN_WORD_DETAIL",
                    "detail",
                    "详情页含违禁词：" + String.join("、", inDetail),
                    "The detail page contains forbidden words: " + String.join(", ", inDetail)));
        }
        return violations;
    }
}
