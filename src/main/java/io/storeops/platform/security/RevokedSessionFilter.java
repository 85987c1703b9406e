package io.storeops.platform.security;

import io.storeops.platform.users.AccountPrincipal;
import io.storeops.platform.users.SecurityStamps;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a console session at its next request once its account was disabled, deleted, given other roles or a new
 * password: the session is invalidated and the request goes on unauthenticated (401 on the API). API tokens are not
 * sessions; {@link ApiTokenRepository} checks their owner instead.
 */
class RevokedSessionFilter extends OncePerRequestFilter {

    private final SecurityStamps stamps;

    RevokedSessionFilter(SecurityStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal account && !stamps.isCurrent(account)) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
