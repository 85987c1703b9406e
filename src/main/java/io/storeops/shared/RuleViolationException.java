package io.storeops.shared;

import java.util.List;

/**
 * Thrown when a well-formed request is refused by business rules; answered as 422 with the violations listed in the
 * problem detail.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;
    private final Message message;
    private final List<?> violations;

    public RuleViolationException(String code, Message message, List<?> violations) {
        super(message.toString());
        this.code = code;
        this.message = message;
        this.violations = List.copyOf(violations);
    }

    public String code() {
        return code;
    }

    /** What to tell the user. */
    public Message userMessage() {
        return message;
    }

    public List<?> violations() {
        return violations;
    }
}
