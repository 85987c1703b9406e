package io.storeops.catalog;

import java.util.List;
import java.util.Map;

/** The result of checking every listing of a channel against its rules. */
public record ChannelValidation(
        String channel,
        int listings,
        int blocked,
        int averageScore,
        Map<String, Long> violationsByCode,
        List<Result> results) {

    /** One listing's outcome. */
    public record Result(
            long listingId,
            long productId,
            String title,
            ListingStatus status,
            int score,
            List<Violation> violations) {}
}
