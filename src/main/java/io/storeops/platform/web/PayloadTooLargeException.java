package io.storeops.platform.web;

import io.storeops.shared.Message;
import java.io.IOException;

/** A request body grew past the configured limit while it was being read. */
class PayloadTooLargeException extends IOException {

    private final long limit;

    PayloadTooLargeException(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes");
        this.limit = limit;
    }

    Message refusal() {
        return Message.of(WebMessage.BODY_TOO_LARGE, "limit", limit);
    }
}
