package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.ImageUrl;
import io.storeops.catalog.Violation;
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
                    "TOO_FEW_IMAGES",
                    "images",
                    "主图 %d 张，至少需要 %d 张".formatted(count, rules.minImages()),
                    "%d main images, at least %d required".formatted(count, rules.minImages())));
        }
        for (int i = 0; i < count; i++) {
            if (!isWebUrl(listing.images().get(i))) {
                violations.add(Violation.blocking(
                        "INVALID_IMAGE_URL",
                        "images[" + i + "]",
                        "第 %d 张主图地址无效，须为 http(s) 链接或站内路径".formatted(i + 1),
                        "Main image %d is neither an http(s) URL nor a site path".formatted(i + 1)));
            }
        }
        return violations;
    }

    static boolean isWebUrl(String value) {
        return ImageUrl.Check.isAcceptable(value.strip());
    }
}
