package io.storeops.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stable message code the server may send, declared as an enum constant so that every code is known: its text lives
 * in {@code messages/<module>.json} in Chinese and English, and the console translates it. The code is the module's
 * name and the constant's, e.g. {@code orders.HOLD_AMOUNT_ABOVE_LIMIT} for a constant of an enum in
 * {@code io.storeops.orders} (or one of its sub-packages).
 */
public interface MessageCode {

    String name();

    default String code() {
        return Codes.CODES.computeIfAbsent(this, c -> moduleOf(c.getClass()) + "." + c.name());
    }

    /** {@code orders} for {@code io.storeops.orders.internal.Foo}. */
    static String moduleOf(Class<?> type) {
        Class<?> declaring = type.isAnonymousClass() ? type.getSuperclass() : type;
        String pkg = declaring.getPackageName();
        String base = "io.storeops.";
        if (!pkg.startsWith(base)) {
            throw new IllegalArgumentException("message codes live in io.storeops modules: " + type);
        }
        String rest = pkg.substring(base.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Each constant's code, computed once. */
    final class Codes {
        private static final Map<MessageCode, String> CODES = new ConcurrentHashMap<>();

        private Codes() {}
    }
}
