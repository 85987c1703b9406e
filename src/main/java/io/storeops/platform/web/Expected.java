package io.storeops.platform.web;

import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a field of a given Java type expects, said in words for an error message (Chinese and English). */
final class Expected {

    private Expected() {}

    static String zh(Class<?> type) {
        return describe(type, true);
    }

    static String en(Class<?> type) {
        return describe(type, false);
    }

    private static String describe(Class<?> type, boolean zh) {
        if (type == null) {
            return zh ? "其他类型" : "another type";
        }
        if (type == String.class) {
            return zh ? "文本（JSON 字符串）" : "text (a JSON string)";
        }
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
            return whole(Integer.MIN_VALUE, Integer.MAX_VALUE, zh);
        }
        if (type == long.class || type == Long.class) {
            return whole(Long.MIN_VALUE, Long.MAX_VALUE, zh);
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true | false";
        }
        if (type == BigDecimal.class || type == Money.class || Number.class.isAssignableFrom(type)) {
            return zh ? "数字" : "a number";
        }
        if (type == LocalDate.class) {
            return zh ? "日期，如 2026-11-25" : "a date such as 2026-11-25";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return zh ? "日期时间，如 2026-11-25T08:00:00Z" : "a date-time such as 2026-11-25T08:00:00Z";
        }
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining("|"));
            return (zh ? "以下之一 " : "one of ") + values;
        }
        return type.getSimpleName();
    }

    private static String whole(long min, long max, boolean zh) {
        return zh ? " " + min + " 到 " + max + " 之间的整数" : "a whole number between " + min + " and " + max;
    }
}
