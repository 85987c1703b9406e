package io.storeops.channels;

import java.time.Duration;

/**
 * A call to a marketplace failed; {@code retryAfter} is set when the marketplace asked to slow down, {@code status} is
 * the HTTP status it answered with (0 when it did not answer).
 */
public class ChannelException extends RuntimeException {

    private final Duration retryAfter;
    private final int status;

    public ChannelException(String message, Duration retryAfter) {
        this(message, retryAfter, 0);
    }

    public ChannelException(String message, Duration retryAfter, int status) {
        super(message);
        this.retryAfter = retryAfter;
        this.status = status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public int status() {
        return status;
    }

    /**
     * Whether repeating the call cannot help: the channel answered 4xx other than 401/403 (credentials may be fixed),
     * 408 (timeout) and 429 (throttled) — e.g. 409 for a shipment of a cancelled order.
     */
    public boolean isPermanent() {
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429;
    }
}
