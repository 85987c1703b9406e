package io.storeops.catalog;

/**
 * One broken listing rule: a stable code (e.g. {@code FORBIDDEN_WORD}), its severity, the field it concerns (e.g.
 * {@code title}, {@code attributes.材质}) and a message in Chinese and English.
 */
public record Violation(String code, Severity severity, String field, String messageZh, String messageEn) {

    public static Violation blocking(String code, String field, String messageZh, String messageEn) {
        return new Violation(code, Severity.BLOCKING, field, messageZh, messageEn);
    }

    public static Violation warning(String code, String field, String messageZh, String messageEn) {
        return new Violation(code, Severity.WARNING, field, messageZh, messageEn);
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }
}
