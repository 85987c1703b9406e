package io.storeops.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the server tells a person, said without a language: a stable {@link MessageCode code} and the arguments its text
 * refers to as {@code {name}}. The console translates it (zh-CN, English); API clients also get a default text. An
 * argument is language-neutral: a number, an amount of {@link Money} (sent as {@code "50.00"}), a code, a name typed by
 * a user, a list of those, or another {@code Message} that is translated in turn.
 *
 * <p>A price quote creates hundreds of messages, most of them never read by anyone, so a message keeps its arguments as
 * given (name, value, name, value …) and builds neither its code text nor its argument map until asked.
 */
public final class Message {

    private final MessageCode declared;
    private String code;
    private final Object[] namesAndValues;
    private Map<String, Object> args;

    private Message(MessageCode declared, String code, Object[] namesAndValues) {
        this.declared = declared;
        this.code = code;
        this.namesAndValues = namesAndValues;
    }

    /** A message read back (from JSON or a database column): its code as text and its arguments. */
    public Message(String code, Map<String, ?> args) {
        this(null, Objects.requireNonNull(code, "code"), flatten(args));
    }

    public static Message of(MessageCode code) {
        return new Message(code, null, new Object[0]);
    }

    public static Message of(MessageCode code, String name, Object value) {
        return new Message(code, null, new Object[] {name, neutral(name, value)});
    }

    public static Message of(MessageCode code, String n1, Object v1, String n2, Object v2) {
        return new Message(code, null, new Object[] {n1, neutral(n1, v1), n2, neutral(n2, v2)});
    }

    public static Message of(MessageCode code, String n1, Object v1, String n2, Object v2, String n3, Object v3) {
        return new Message(code, null, new Object[] {n1, neutral(n1, v1), n2, neutral(n2, v2), n3, neutral(n3, v3)});
    }

    public static Message of(
            MessageCode code, String n1, Object v1, String n2, Object v2, String n3, Object v3, String n4, Object v4) {
        return new Message(code, null, new Object[] {
            n1, neutral(n1, v1), n2, neutral(n2, v2), n3, neutral(n3, v3), n4, neutral(n4, v4)
        });
    }

    /** For five arguments or more, or arguments built in a loop. */
    public static Message of(MessageCode code, Map<String, ?> args) {
        return new Message(code, null, flatten(args));
    }

    /** The stable code, e.g. {@code orders.HOLD_AMOUNT_ABOVE_LIMIT}. */
    public String code() {
        if (code == null) {
            code = declared.code();
        }
        return code;
    }

    /** The arguments by name, in the order given. */
    public Map<String, Object> args() {
        if (args == null) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                map.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            args = Collections.unmodifiableMap(map);
        }
        return args;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message that && code().equals(that.code()) && args().equals(that.args());
    }

    @Override
    public int hashCode() {
        return code().hashCode() * 31 + args().hashCode();
    }

    /** The code and arguments; for logs and exception texts. */
    @Override
    public String toString() {
        return namesAndValues.length == 0 ? code() : code() + args();
    }

    private static Object[] flatten(Map<String, ?> args) {
        Object[] flat = new Object[args.size() * 2];
        int i = 0;
        for (var arg : args.entrySet()) {
            flat[i++] = Objects.requireNonNull(arg.getKey(), "argument name");
            flat[i++] = neutral(arg.getKey(), arg.getValue());
        }
        return flat;
    }

    /** The value itself when the console can show it without knowing a language; refused otherwise. */
    private static Object neutral(String name, Object value) {
        if (value instanceof String
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Money
                || value instanceof Message
                || (value instanceof List<?> list && list.stream().allMatch(item -> neutral(name, item) != null))) {
            return value;
        }
        throw new IllegalArgumentException("argument " + name + " is not language-neutral: "
                + (value == null ? "null" : value.getClass().getName()));
    }
}
