package io.storeops.platform.web;

import io.storeops.shared.AcceptedDates;
import io.storeops.shared.Message;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Optional;

/**
 * The limits every value read from a request must respect, whatever field it fills: dates within
 * {@link AcceptedDates}, numbers within the money columns ({@code numeric(12, 2)}), texts without control characters
 * (tab, line feed and carriage return aside). Each answers why a value is refused, or nothing.
 */
final class InputLimits {

    /** The largest magnitude a decimal may have: what {@code numeric(12, 2)}, the money columns, can store. */
    static final BigDecimal LARGEST = new BigDecimal("9999999999.99");

    private InputLimits() {}

    static Optional<Message> date(Object value) {
        return value instanceof Temporal && !AcceptedDates.contains(value)
                ? Optional.of(AcceptedDates.message())
                : Optional.empty();
    }

    static Optional<Message> decimal(Object value) {
        if (value instanceof BigDecimal number && number.abs().compareTo(LARGEST) > 0) {
            return Optional.of(Message.of(
                    WebMessage.AMOUNT_OUT_OF_RANGE,
                    "min",
                    LARGEST.negate().toPlainString(),
                    "max",
                    LARGEST.toPlainString()));
        }
        return Optional.empty();
    }

    static Optional<Message> text(Object value) {
        if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                    String code = "U+%04X".formatted((int) c);
                    return Optional.of(Message.of(WebMessage.CONTROL_CHARACTER, "found", code));
                }
            }
        }
        return Optional.empty();
    }
}
