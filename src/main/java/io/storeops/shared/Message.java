package io.storeops.shared;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the server tells a person, said without a language: a stable {@link MessageCode code} and the arguments its text
 * refers to as {@code {name}}. The console translates it (zh-CN, English); API clients also get a default text. An
 * argument is language-neutral: a number, an amount as text ({@code "50.00"}), a code, a name typed by a user, a list
 * of those, or another {@code Message} that is translated in turn.
 */
public record Message(String code, Map<String, Object> args) {

    public Message {
        Objects.requireNonNull(code, "code");
        args = Map.copyOf(args);
        for (var arg : args.entrySet()) {
            if (!neutral(arg.getValue())) {
                throw new IllegalArgumentException(
                        "argument " + arg.getKey() + " of " + code + " is not language-neutral: "
                                + arg.getValue().getClass().getName());
            }
        }
    }

    public static Message of(MessageCode code) {
        return new Message(code.code(), Map.of());
    }

    public static Message of(MessageCode code, String name, Object value) {
        return new Message(code.code(), Map.of(name, value));
    }

    public static Message of(MessageCode code, String n1, Object v1, String n2, Object v2) {
        return new Message(code.code(), Map.of(n1, v1, n2, v2));
    }

    public static Message of(MessageCode code, String n1, Object v1, String n2, Object v2, String n3, Object v3) {
        return new Message(code.code(), Map.of(n1, v1, n2, v2, n3, v3));
    }

    public static Message of(
            MessageCode code, String n1, Object v1, String n2, Object v2, String n3, Object v3, String n4, Object v4) {
        return new Message(code.code(), Map.of(n1, v1, n2, v2, n3, v3, n4, v4));
    }

    /** For five arguments or more, or arguments built in a loop. */
    @SuppressWarnings("unchecked")
    public static Message of(MessageCode code, Map<String, ?> args) {
        return new Message(code.code(), (Map<String, Object>) args);
    }

    /** The arguments with nested messages and lists kept as they are; for logs and exception texts. */
    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args;
    }

    /** True when an argument value is one the console can show without knowing a language. */
    static boolean neutral(Object value) {
        return value instanceof String
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Message
                || (value instanceof List<?> list && list.stream().allMatch(Message::neutral));
    }
}
