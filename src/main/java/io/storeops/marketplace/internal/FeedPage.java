package io.storeops.marketplace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.ToLongFunction;

/**
 * One page of a change feed: the entries whose change sequence is above the cursor, in sequence order, the cursor to
 * ask with next (the last entry's sequence, or the given cursor when there was none) and whether more entries wait.
 */
public record FeedPage<T>(List<T> entries, long nextCursor, boolean hasMore) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 50;

    /** Reads a page off a feed keyed by change sequence; the caller holds the feed's lock. */
    static <T> FeedPage<T> of(NavigableMap<Long, T> feed, long cursor, int limit, ToLongFunction<T> sequence) {
        var entries = new ArrayList<T>(Math.min(limit, MAX_LIMIT));
        boolean more = false;
        for (T entry : feed.tailMap(cursor, false).values()) {
            if (entries.size() == limit) {
                more = true;
                break;
            }
            entries.add(entry);
        }
        long next = entries.isEmpty() ? cursor : sequence.applyAsLong(entries.getLast());
        return new FeedPage<>(List.copyOf(entries), next, more);
    }
}
