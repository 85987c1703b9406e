package io.storeops.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The dates StoreOps accepts from outside (query parameters, JSON bodies, imported files): from 2000-01-01 to
 * 2100-12-31. A date beyond is a typo or a probe, and would otherwise overflow date arithmetic or reach PostgreSQL.
 */
public final class AcceptedDates {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private static final Instant START = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END =
            LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private AcceptedDates() {}

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(START) && instant.isBefore(END);
    }

    /** Whether a date or time of any java.time kind lies in the range; values of other types always do. */
    public static boolean contains(Object value) {
        return switch (value) {
            case Instant instant -> contains(instant);
            case LocalDate date -> contains(date);
            case LocalDateTime dateTime -> contains(dateTime.toLocalDate());
            case OffsetDateTime dateTime -> contains(dateTime.toInstant());
            case ZonedDateTime dateTime -> contains(dateTime.toInstant());
            case null, default -> true;
        };
    }

    /** What a field out of range is told. */
    public static Message message() {
        return Message.of(SharedMessage.DATE_OUT_OF_RANGE, "first", FIRST.toString(), "last", LAST.toString());
    }

    /** What a field out of range is told, naming the value given. */
    public static Message message(Object given) {
        return Message.of(
                SharedMessage.DATE_OUT_OF_RANGE_GIVEN,
                "first",
                FIRST.toString(),
                "last",
                LAST.toString(),
                "given",
                String.valueOf(given));
    }

    /** The date itself, or a 400 naming the field when it lies outside the range. */
    public static LocalDate require(String field, LocalDate date) {
        if (!contains(date)) {
            throw new FieldErrorException(field, message(date));
        }
        return date;
    }
}
