package io.storeops.catalog;

import io.storeops.shared.Message;

/**
 * One broken listing rule: a stable code (e.g. {@code FORBIDDEN_WORD}), its severity, the field it concerns (e.g.
 * {@code title}, {@code attributes.材质}) and what to tell the merchant.
 */
public record Violation(String code, Severity severity, String field, Message message) {

    /** A blocking violation coded as its message without the module: {@code catalog.NO_SKU} → {@code NO_SKU}. */
    public static Violation blocking(String field, Message message) {
        return new Violation(codeOf(message), Severity.BLOCKING, field, message);
    }

    /** A warning coded as its message without the module. */
    public static Violation warning(String field, Message message) {
        return new Violation(codeOf(message), Severity.WARNING, field, message);
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }

    private static String codeOf(Message message) {
        return message.code().substring(message.code().indexOf('.') + 1);
    }
}
