package io.storeops.platform.web;

import io.storeops.shared.AcceptedDates;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Parses {@code @DateTimeFormat} query parameters as Spring does, then refuses dates outside {@link AcceptedDates}
 * ({@code from=+1000000000-01-01T00:00:00Z} is a 400 naming {@code from}, not a 500 from PostgreSQL).
 */
final class LimitedDateFormats implements AnnotationFormatterFactory<DateTimeFormat> {

    private final Jsr310DateTimeFormatAnnotationFormatterFactory standard =
            new Jsr310DateTimeFormatAnnotationFormatterFactory();

    @Override
    public Set<Class<?>> getFieldTypes() {
        return standard.getFieldTypes();
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
        return standard.getPrinter(annotation, fieldType);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        Parser<?> parser = standard.getParser(annotation, fieldType);
        return (text, locale) -> {
            Object value = parser.parse(text, locale);
            if (!AcceptedDates.contains(value)) {
                throw new RefusedValue(AcceptedDates.message(text));
            }
            return value;
        };
    }
}
