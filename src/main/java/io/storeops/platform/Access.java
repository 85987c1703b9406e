package io.storeops.platform;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Permission checks inside a use case, for rules finer than an endpoint: e.g. editing a product needs
 * {@code catalog:write}, but changing its prices also needs {@code price:write}. Background work (no user) is allowed.
 */
public final class Access {

    private Access() {}

    public static void require(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return;
        }
        boolean granted = auth.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
        if (!granted) {
            throw new AccessDeniedException("Missing permission " + permission);
        }
    }
}
