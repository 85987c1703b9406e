package io.storeops.platform.web;

import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;

/** What a field of a given Java type expects, as a message ("a whole number between … and …"). */
final class Expected {

    private Expected() {}

    static Message of(Class<?> type) {
        if (type == null) {
            return Message.of(WebMessage.EXPECTED_OTHER, "type", "?");
        }
        if (type == String.class) {
            return Message.of(WebMessage.EXPECTED_TEXT);
        }
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
            return whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return whole(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Message.of(WebMessage.EXPECTED_BOOLEAN);
        }
        if (type == BigDecimal.class || type == Money.class || Number.class.isAssignableFrom(type)) {
            return Message.of(WebMessage.EXPECTED_NUMBER);
        }
        if (type == LocalDate.class) {
            return Message.of(WebMessage.EXPECTED_DATE);
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return Message.of(WebMessage.EXPECTED_DATE_TIME);
        }
        if (type.isEnum()) {
            var values = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .toList();
            return Message.of(WebMessage.EXPECTED_ONE_OF, "values", values);
        }
        return Message.of(WebMessage.EXPECTED_OTHER, "type", type.getSimpleName());
    }

    private static Message whole(long min, long max) {
        return Message.of(WebMessage.EXPECTED_WHOLE_NUMBER, "min", min, "max", max);
    }
}
