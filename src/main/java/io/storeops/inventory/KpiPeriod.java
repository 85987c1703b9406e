package io.storeops.inventory;

import io.storeops.shared.AcceptedDates;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** A report period of whole days, both ends included, in the store's time zone (Asia/Shanghai). */
public record KpiPeriod(LocalDate from, LocalDate to, int days) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    /**
     * The period from the given ISO dates (either may be blank): {@code to} defaults to today, {@code from} to the 30
     * days ending on {@code to}. Refuses unreadable dates, dates outside {@link AcceptedDates}, {@code to} after today,
     * {@code from} after {@code to} and periods over 366 days.
     */
    public static KpiPeriod parse(String from, String to, LocalDate today) {
        LocalDate end = blank(to) ? today : date("to", to);
        if (end.isAfter(today)) {
            throw new FieldErrorException(
                    "to", Message.of(InventoryMessage.KPI_TO_AFTER_TODAY, "today", today.toString()));
        }
        LocalDate start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (start.isAfter(end)) {
            throw new FieldErrorException("from", Message.of(InventoryMessage.KPI_FROM_AFTER_TO));
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw new FieldErrorException("from", Message.of(InventoryMessage.KPI_PERIOD_TOO_LONG, "max", MAX_DAYS));
        }
        return new KpiPeriod(start, end, (int) days);
    }

    /** The first instant of the period. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate date(String field, String value) {
        try {
            return AcceptedDates.require(field, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new FieldErrorException(field, Message.of(InventoryMessage.KPI_DATE_FORMAT, "given", value));
        }
    }
}
