package io.storeops.platform.users;

import io.storeops.platform.Role;
import java.time.Instant;
import java.util.Set;

/** A person who logs into the console. The password hash never leaves the platform module. */
record UserAccount(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        boolean enabled,
        long securityStamp,
        Instant createdAt,
        Instant updatedAt) {

    UserView view() {
        return new UserView(id, username, displayName, roles, enabled, createdAt, updatedAt);
    }

    /** What the API shows of a user, also the audit snapshot (no password hash). */
    record UserView(
            long id,
            String username,
            String displayName,
            Set<Role> roles,
            boolean enabled,
            Instant createdAt,
            Instant updatedAt) {}
}
