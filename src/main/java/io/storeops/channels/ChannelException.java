package io.storeops.channels;

import io.storeops.platform.MessageTexts;
import io.storeops.shared.Message;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A call to a marketplace failed, for the {@link #reason()} given; {@code retryAfter} is set when the marketplace asked
 * to slow down, {@code status} is the HTTP status it answered with (0 when it did not answer). The exception's own
 * message is the reason in English, for logs and the stored last errors.
 */
public class ChannelException extends RuntimeException {

    private final Message reason;
    private final @Nullable Duration retryAfter;
    private final int status;

    public ChannelException(Message reason, @Nullable Duration retryAfter) {
        this(reason, retryAfter, 0);
    }

    public ChannelException(Message reason, @Nullable Duration retryAfter, int status) {
        super(MessageTexts.loaded().text(reason, Locale.ENGLISH));
        this.reason = reason;
        this.retryAfter = retryAfter;
        this.status = status;
    }

    /** What went wrong, for a person (e.g. {@link ChannelMessage#CHANNEL_ANSWERED} with the status). */
    public Message reason() {
        return reason;
    }

    public @Nullable Duration retryAfter() {
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
