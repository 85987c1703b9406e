package io.storeops.channels;

import java.time.Instant;

/**
 * One feed of a channel read by {@link ChannelPulls}: where it stands, when it was last read successfully, the last
 * error (cleared by the next success), how many orders, reviews or tracking events came through it in total and how
 * many orders it delivered that could not be taken in ({@code channels.rejected_orders} holds them with the reason).
 */
public record PullStatus(
        Stream stream,
        String cursor,
        Instant lastPulledAt,
        String lastError,
        Instant lastErrorAt,
        long total,
        long rejected) {

    /** The feeds a channel can offer. */
    public enum Stream {
        ORDERS,
        REVIEWS,
        /** The carriers' tracking events of shipped parcels. */
        TRACKING
    }
}
