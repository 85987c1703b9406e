package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.ImageUrl;
import io.storeops.catalog.Violation;
import io.storeops.shared.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The listing has at least the channel's minimum number of main images, each an address {@link ImageUrl} accepts (an
 * http(s) URL or a path to media served by StoreOps itself).
 */
final class MainImagesRule implements ListingRule {

    @Override
    public int weight() {
        return 15;
    }

    @Override
    public List<Violation> check(ListingCandidate listing, ChannelRules rules) {
        List<Violation> violations = new ArrayList<>();
        int count = listing.images().size();
        if (count < rules.minImages()) {
            violations.add(Violation.blocking(
                    "images",
                    Message.of(ListingRuleMessage.TOO_FEW_IMAGES, "count", count, "minimum", rules.minImages())));
        }
        for (int i = 0; i < count; i++) {
            if (!isWebUrl(listing.images().get(i))) {
                violations.add(Violation.blocking(
                        "images[" + i + "]", Message.of(ListingRuleMessage.INVALID_IMAGE_URL, "position", i + 1)));
            }
        }
        return violations;
    }

    static boolean isWebUrl(String value) {
        return ImageUrl.Check.isAcceptable(value.strip());
    }
}
