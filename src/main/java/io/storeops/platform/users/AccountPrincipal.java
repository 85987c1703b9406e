package io.storeops.platform.users;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A logged-in console user as kept in the session: besides name and authorities, the account id and the security
 * stamp read at login, so each request can tell whether the account changed since (see {@link SecurityStamps}).
 */
public final class AccountPrincipal extends User {

    private final long id;
    private final long securityStamp;

    AccountPrincipal(
            long id,
            String username,
            String passwordHash,
            boolean enabled,
            long securityStamp,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.id = id;
        this.securityStamp = securityStamp;
    }

    public long id() {
        return id;
    }

    public long securityStamp() {
        return securityStamp;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that
                && id == that.id
                && securityStamp == that.securityStamp
                && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + Long.hashCode(securityStamp);
    }
}
