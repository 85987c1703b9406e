package io.storeops.channels;

import java.time.Duration;

/** A call to a marketplace failed; {@code retryAfter} is set when the marketplace asked to slow down. */
public class ChannelException extends RuntimeException {

    private final Duration retryAfter;

    public ChannelException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
