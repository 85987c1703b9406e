package io.storeops.platform.security;

import io.storeops.platform.MessageProblems;
import io.storeops.shared.Message;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Console login with a session cookie. Open endpoints: login, csrf and me; the rest of the API needs a session. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts;
    private final LoginThrottle throttle;

    AuthController(AuthenticationManager authentication, SecurityContextRepository contexts, LoginThrottle throttle) {
        this.authentication = authentication;
        this.contexts = contexts;
        this.throttle = throttle;
    }

    @GetMapping("/csrf")
    @Operation(summary = "The CSRF token (also set as the XSRF-TOKEN cookie)")
    CsrfView csrf(CsrfToken token) {
        return new CsrfView(token.getToken(), token.getHeaderName());
    }

    @PostMapping("/login")
    @Operation(summary = "Log in and start a console session")
    CurrentUser login(
            @Valid @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        String address = request.getRemoteAddr();
        throttle.acquire(credentials.username(), address);
        Authentication result;
        try {
            result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username(), credentials.password()));
        } catch (AuthenticationException e) {
            throttle.failed(credentials.username());
            throw new LoginFailedException();
        }
        throttle.succeeded(credentials.username(), address);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return CurrentUser.of(result);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the console session")
    void logout(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    @GetMapping("/me")
    @Operation(summary = "The logged-in user with roles and permissions, or 401")
    ResponseEntity<CurrentUser> me(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return ResponseEntity.ok(CurrentUser.of(auth));
    }

    @ExceptionHandler(LoginFailedException.class)
    ResponseEntity<ProblemDetail> loginFailed(LoginFailedException e) {
        return MessageProblems.answer(
                HttpStatus.UNAUTHORIZED, "login-failed", "Login failed", Message.of(SecurityMessage.LOGIN_FAILED));
    }

    @ExceptionHandler(LoginThrottle.ThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottle.ThrottledException e) {
        return MessageProblems.retryLater(
                HttpStatus.TOO_MANY_REQUESTS,
                "login-locked",
                "Too many login attempts",
                Message.of(SecurityMessage.LOGIN_THROTTLED),
                e.retryAfterSeconds());
    }

    record Credentials(@NotBlank String username, @NotBlank String password) {}

    record CsrfView(String token, String headerName) {}

    record CurrentUser(String username, List<String> roles, List<String> permissions) {
        static CurrentUser of(Authentication auth) {
            var authorities = auth.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .toList();
            return new CurrentUser(
                    auth.getName(),
                    authorities.stream()
                            .filter(a -> a.startsWith("ROLE_"))
                            .map(a -> a.substring(5))
                            .sorted()
                            .toList(),
                    authorities.stream().filter(a -> a.contains(":")).sorted().toList());
        }
    }

    /** Wrong username or password; deliberately does not say which. */
    static class LoginFailedException extends RuntimeException {
        LoginFailedException() {
            super("Wrong username or password");
        }
    }
}
