package io.storeops.shared;

import java.util.List;

/**
 * Thrown when a well-formed request is refused by business rules; answered as 422 with the violations listed in the
 * problem detail.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;
    private final List<?> violations;

    public RuleViolationException(String code, String message, List<?> violations) {
        super(message);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public String code() {
        return code;
    }

    public List<?> violations() {
        return violations;
    }
}
