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

    /** @deprecated a bilingual text; send a {@link Message} instead */
    @Deprecated(forRemoval = true)
    public RuleViolationException(String code, String message, List<?> violations) {
        super(message);
        this.code = code;
        this.message = null;
        this.violations = List.copyOf(violations);
    }

    public String code() {
        return code;
    }

    /** What to tell the user, or null for an old-style text in {@link #getMessage()}. */
    public Message userMessage() {
        return message;
    }

    public List<?> violations() {
        return violations;
    }
}
