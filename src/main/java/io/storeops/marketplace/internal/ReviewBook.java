package io.storeops.marketplace.internal;

import io.storeops.marketplace.MarketplaceReview;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The buyers' reviews of one simulated shop, in memory, in a change feed like the orders'. Reviews are never edited,
 * so each keeps the {@code changeSeq} it was created with.
 */
public final class ReviewBook {

    public static final int MAX_CONTENT = 500;

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(OrderBook.ZONE);

    private final String idPrefix;
    private final Clock clock;
    private final AtomicLong changeSeq = new AtomicLong();
    private final NavigableMap<Long, MarketplaceReview> feed = new TreeMap<>();

    ReviewBook(String idPrefix, Clock clock) {
        this.idPrefix = idPrefix;
        this.clock = clock;
    }

    /** Records a review that the caller has checked. */
    public synchronized MarketplaceReview add(
            String orderId, String skuCode, String itemCode, int rating, String content) {
        Instant now = clock.instant();
        long seq = changeSeq.incrementAndGet();
        var review = new MarketplaceReview(
                idPrefix + "R" + DAY.format(now) + "%06d".formatted(seq),
                orderId,
                skuCode,
                itemCode,
                rating,
                content,
                now,
                seq);
        feed.put(seq, review);
        return review;
    }

    /** The reviews created after {@code cursor}, at most {@code limit} of them, in creation order. */
    public synchronized FeedPage<MarketplaceReview> page(long cursor, int limit) {
        return FeedPage.of(feed, cursor, limit, MarketplaceReview::changeSeq);
    }

    public synchronized List<MarketplaceReview> all() {
        return List.copyOf(feed.values());
    }
}
