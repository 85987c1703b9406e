package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.DetailHtml;
import io.storeops.catalog.Violation;
import io.storeops.shared.Message;
import java.util.List;

/** Where the channel requires one, the product has a detail page; a page with almost nothing on it is a warning. */
final class DetailPageRule implements ListingRule {

    static final int MIN_TEXT = 30;

    @Override
    public int weight() {
        return 10;
    }

    @Override
    public List<Violation> check(ListingCandidate listing, ChannelRules rules) {
        if (!rules.requireDetail()) {
            return List.of();
        }
        String text = DetailHtml.plainText(listing.detailHtml());
        int images = DetailHtml.imageCount(listing.detailHtml());
        if (text.isEmpty() && images == 0) {
            return List.of(Violation.blocking("detail", Message.of(ListingRuleMessage.DETAIL_MISSING)));
        }
        if (text.codePointCount(0, text.length()) < MIN_TEXT && images == 0) {
            return List.of(
                    Violation.warning("detail", Message.of(ListingRuleMessage.DETAIL_TOO_SHORT, "minimum", MIN_TEXT)));
        }
        return List.of();
    }
}
