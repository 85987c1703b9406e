package io.storeops.platform.users;

import io.storeops.shared.MessageCode;

/** What user administration tells an administrator. */
enum UserMessage implements MessageCode {
    USERNAME_TAKEN,
    /** A username: letters, digits and . _ - only. */
    USERNAME_CHARACTERS,
    /** A password: 10 to 128 characters. */
    PASSWORD_LENGTH,
    LAST_ADMIN_DEMOTED,
    LAST_ADMIN_DELETED
}
