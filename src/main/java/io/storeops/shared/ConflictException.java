package io.storeops.shared;

/** Thrown when a change collides with the current state (stale version, duplicate key, illegal transition); answered as 409. */
public class ConflictException extends RuntimeException {

    private final String code;
    private final Message message;

    /**
     * @param code the problem type, e.g. {@code stale-version}
     * @param message what to tell the user
     */
    public ConflictException(String code, Message message) {
        super(message.toString());
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    /** What to tell the user. */
    public Message userMessage() {
        return message;
    }
}
