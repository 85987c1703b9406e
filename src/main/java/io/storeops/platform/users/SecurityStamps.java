package io.storeops.platform.users;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a session's user is still the account it logged in as: same id, enabled, and the same security stamp (which
 * every change of roles, enabled flag or password bumps). One primary-key lookup per request, read from the database
 * and not cached, so a change made through another instance on the same database counts at once too.
 */
@Component
public class SecurityStamps {

    private final JdbcClient jdbc;

    SecurityStamps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isCurrent(AccountPrincipal principal) {
        return jdbc.sql("""
                        select exists(select 1 from platform.users
                                      where id = ? and security_stamp = ? and enabled)""")
                .params(principal.id(), principal.securityStamp())
                .query(Boolean.class)
                .single();
    }
}
