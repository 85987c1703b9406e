package io.storeops.platform.web;

import java.io.IOException;

/** A request body grew past the configured limit while it was being read. */
class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(long limit) {
        super("请求体超过 " + limit + " 字节上限 / The request body exceeds the limit of " + limit + " bytes");
    }
}
