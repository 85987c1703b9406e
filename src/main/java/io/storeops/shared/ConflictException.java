package io.storeops.shared;

/** Thrown when a change collides with the current state (stale version, duplicate key, illegal transition); answered as 409. */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
