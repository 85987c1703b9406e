package io.storeops.platform.web;

import io.storeops.platform.MessageTexts;
import io.storeops.shared.Message;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An RFC 9457 problem detail whose {@code detail} is a {@link Message}: the text in the request's language, with
 * {@code code} and {@code args} beside it for the console to translate.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://storeops.io/problems/";

    private Problems() {}

    /**
     * @param type the problem type's last segment, e.g. {@code validation}
     * @param title a short English summary of the type
     * @param instance the request's path, or null
     */
    public static ProblemDetail of(
            HttpStatus status, String type, String title, Message detail, Locale locale, String instance) {
        var problem =
                ProblemDetail.forStatusAndDetail(status, MessageTexts.loaded().text(detail, locale));
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("code", detail.code());
        problem.setProperty("args", detail.args());
        return problem;
    }
}
