package io.storeops.shared;

/** Thrown when one field of an otherwise valid request is unacceptable (e.g. a duplicate barcode); answered as 400. */
public class FieldErrorException extends RuntimeException {

    private final String field;

    public FieldErrorException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
