package io.storeops.platform;

import io.storeops.platform.web.Problems;
import io.storeops.shared.Message;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer of a module's own exception handler (a 401 bad signature, a 502 failed marketplace call): a problem detail
 * whose detail is a {@link Message}, with its code and arguments beside the text in the request's language, like every
 * problem the platform answers.
 */
public final class MessageProblems {

    private MessageProblems() {}

    /**
     * @param type the problem type's last segment, e.g. {@code bad-signature}
     * @param title a short English summary of the type
     */
    public static ResponseEntity<ProblemDetail> answer(HttpStatus status, String type, String title, Message detail) {
        var problem = Problems.of(status, type, title, detail, LocaleContextHolder.getLocale(), null);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The same answer telling the client to try again after {@code retryAfterSeconds} ({@code Retry-After}). */
    public static ResponseEntity<ProblemDetail> retryLater(
            HttpStatus status, String type, String title, Message detail, long retryAfterSeconds) {
        var answer = answer(status, type, title, detail);
        return ResponseEntity.status(status)
                .headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds))
                .body(answer.getBody());
    }
}
