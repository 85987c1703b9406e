package io.storeops.shared;

import java.util.List;

/**
 * Thrown when fields of an otherwise well-formed request are unacceptable (e.g. a duplicate barcode, a 满减 tier that
 * takes off more than its threshold); answered as 400 with every field error listed.
 */
public class FieldErrorException extends RuntimeException {

    private final List<Error> errors;

    public FieldErrorException(String field, Message message) {
        this(List.of(new Error(field, message)));
    }

    public FieldErrorException(List<Error> errors) {
        super(
                errors.isEmpty()
                        ? "invalid"
                        : errors.getFirst().field() + ": " + errors.getFirst().text());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    /** The first field in error. */
    public String field() {
        return errors.getFirst().field();
    }

    public List<Error> errors() {
        return errors;
    }

    /** One field's error: its path (e.g. {@code rule.tiers[1].off}) and what is wrong with it. */
    public record Error(String field, Message message) {

        /** For logs. */
        public String text() {
            return message.toString();
        }
    }
}
