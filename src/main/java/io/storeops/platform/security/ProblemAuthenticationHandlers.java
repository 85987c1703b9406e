package io.storeops.platform.security;

import io.storeops.platform.web.Problems;
import io.storeops.platform.web.WebMessage;
import io.storeops.shared.Message;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/** Answers 401 and 403 raised by the security filters as problem details, like every other error. */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemAuthenticationHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Not logged in",
                Message.of(WebMessage.UNAUTHENTICATED));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "csrf",
                    "Missing or invalid CSRF token",
                    Message.of(WebMessage.CSRF));
        } else {
            write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", Message.of(WebMessage.FORBIDDEN));
        }
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String title,
            Message detail)
            throws IOException {
        var problem = Problems.of(status, type, title, detail, request.getLocale(), request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
