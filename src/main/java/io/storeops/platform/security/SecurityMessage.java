package io.storeops.platform.security;

import io.storeops.shared.MessageCode;

/** What logging in tells a person. */
enum SecurityMessage implements MessageCode {
    /** Wrong username or password; deliberately does not say which. */
    LOGIN_FAILED,
    LOGIN_THROTTLED
}
