package io.storeops.platform.web;

import io.storeops.platform.MessageTexts;
import io.storeops.shared.Message;
import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.ObjectError;

/**
 * The message of a Bean Validation failure. A constraint whose template is a message code in braces
 * ({@code message = "{catalog.SKU_CODE_FORMAT}"}) says that message; any other says what its annotation means
 * ({@code @Size(min = 1, max = 60)} → {@code platform.VALIDATION_SIZE} with {@code min} and {@code max}).
 */
final class ConstraintMessages {

    private static final Pattern CODE = Pattern.compile("\\{([a-z]+\\.[A-Z0-9_]+)}");
    private static final int NO_LIMIT = Integer.MAX_VALUE;

    private ConstraintMessages() {}

    static Message of(MessageSourceResolvable error) {
        if (error instanceof ObjectError objectError && objectError.contains(ConstraintViolation.class)) {
            return of(objectError.unwrap(ConstraintViolation.class));
        }
        String[] codes = error.getCodes();
        String annotation = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
        return Message.of(code(annotation, Map.of()), Map.of());
    }

    static Message of(ConstraintViolation<?> violation) {
        var matcher = CODE.matcher(violation.getMessageTemplate());
        if (matcher.matches() && MessageTexts.loaded().all().containsKey(matcher.group(1))) {
            return new Message(matcher.group(1), Map.of());
        }
        var descriptor = violation.getConstraintDescriptor();
        Map<String, Object> attributes = descriptor.getAttributes();
        String annotation = descriptor.getAnnotation().annotationType().getSimpleName();
        WebMessage code = code(annotation, attributes);
        Map<String, Object> args = new LinkedHashMap<>();
        for (String name : new String[] {"min", "max", "value", "inclusive", "integer", "fraction"}) {
            Object value = attributes.get(name);
            if (value instanceof Number || value instanceof String || value instanceof Boolean) {
                args.put(name, value);
            }
        }
        return Message.of(code, args);
    }

    private static WebMessage code(String annotation, Map<String, Object> attributes) {
        if ("Size".equals(annotation)) {
            boolean noMin = Integer.valueOf(0).equals(attributes.get("min"));
            boolean noMax = Integer.valueOf(NO_LIMIT).equals(attributes.get("max"));
            if (noMax) {
                return WebMessage.VALIDATION_SIZE_AT_LEAST;
            }
            return noMin ? WebMessage.VALIDATION_SIZE_AT_MOST : WebMessage.VALIDATION_SIZE;
        }
        String name =
                "VALIDATION_" + annotation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return WebMessage.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return WebMessage.VALIDATION_INVALID;
        }
    }
}
