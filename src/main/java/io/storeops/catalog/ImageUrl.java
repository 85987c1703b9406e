package io.storeops.catalog;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * An image address a browser may load: an http(s) URL with a host, or a path on this site ({@code /media/…}, not
 * {@code //other-host}); neither with a {@code ..} segment, spaces, backslashes or control characters. Null is left
 * to {@code @NotBlank}.
 */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ImageUrl.Check.class)
public @interface ImageUrl {

    String message() default "{catalog.IMAGE_URL_INVALID}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule behind the annotation. */
    final class Check implements ConstraintValidator<ImageUrl, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isAcceptable(value);
        }

        /** Whether a browser may load the image from this address. */
        public static boolean isAcceptable(String value) {
            if (value == null || value.isEmpty()) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\\') {
                    return false;
                }
            }
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                return false;
            }
            if (uri.getPath() != null && List.of(uri.getPath().split("/", -1)).contains("..")) {
                return false;
            }
            if (uri.getScheme() == null) {
                return value.startsWith("/") && !value.startsWith("//") && value.length() > 1;
            }
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        }
    }
}
