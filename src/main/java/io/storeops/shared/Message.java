package io.storeops.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What the server tells a person, said without a language: a stable {@link MessageCode code} and the arguments its text
 * refers to as {@code {name}}. The console translates it (zh-CN, English); API clients also get a default text. An
 * argument is language-neutral: a number, an amount of {@link Money} (sent as {@code "50.00"}), a code, a name typed by
 * a user, a list of those, or another {@code Message} that is translated in turn.
 *
 * <p>A price quote creates hundreds of messages, most of them never read by anyone, so a message keeps its arguments as
 * given and builds neither its code text nor its argument map until asked.
 */
public final class Message {

    private final MessageCode declared;
    private String code;
    private final List<Argument> given;
    private Map<String, Object> args;

    private Message(MessageCode declared, String code, List<Argument> given) {
        this.declared = declared;
        this.code = code;
        this.given = given;
    }

    /** One argument as given: its name and its language-neutral value. */
    private record Argument(String name, Object value) {

        Argument {
            Objects.requireNonNull(name, "argument name");
            neutral(name, value);
        }
    }

    /** A message read back (from JSON or a database column): its code as text and its arguments. */
    public Message(String code, Map<String, ?> args) {
        this(null, Objects.requireNonNull(code, "code"), flatten(args));
    }

    public static Message of(MessageCode code) {
        return new Message(code, null, List.of());
    }

    public static Message of(MessageCode code, String name, Object value) {
        return new Message(code, null, List.of(new Argument(name, value)));
    }

    public static Message of(MessageCode code, String n1, Object v1, String n2, Object v2) {
        return new Message(code, null, List.of(new Argument(n1, v1), new Argument(n2, v2)));
    }

    public static Message of(MessageCode code, String n1, Object v1, String n2, Object v2, String n3, Object v3) {
        return new Message(code, null, List.of(new Argument(n1, v1), new Argument(n2, v2), new Argument(n3, v3)));
    }

    public static Message of(
            MessageCode code, String n1, Object v1, String n2, Object v2, String n3, Object v3, String n4, Object v4) {
        return new Message(
                code,
                null,
                List.of(new Argument(n1, v1), new Argument(n2, v2), new Argument(n3, v3), new Argument(n4, v4)));
    }

    /** For five arguments or more, in the order they are given: {@code Message.with(CODE).arg("a", 1).build()}. */
    public static Builder with(MessageCode code) {
        return new Builder(code);
    }

    /** Collects the arguments of a message with many. */
    public static final class Builder {

        private final MessageCode code;
        private final List<Argument> given = new ArrayList<>(6);

        private Builder(MessageCode code) {
            this.code = code;
        }

        public Builder arg(String name, Object value) {
            given.add(new Argument(name, value));
            return this;
        }

        public Message build() {
            return new Message(code, null, List.copyOf(given));
        }
    }

    /** For arguments built in a loop, or read from elsewhere as a map. */
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
            for (Argument argument : given) {
                map.put(argument.name(), argument.value());
            }
            args = Collections.unmodifiableMap(map);
        }
        return args;
    }

    /** The argument called {@code name}, or null; reads the arguments as given, without building their map. */
    public @Nullable Object argument(String name) {
        for (Argument argument : given) {
            if (argument.name().equals(name)) {
                return argument.value();
            }
        }
        return null;
    }

    /** Each argument's name and value, in the order given; without building their map. */
    public void forEachArgument(BiConsumer<String, Object> action) {
        for (Argument argument : given) {
            action.accept(argument.name(), argument.value());
        }
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
        return given.isEmpty() ? code() : code() + args();
    }

    private static List<Argument> flatten(Map<String, ?> args) {
        List<Argument> given = new ArrayList<>(args.size());
        args.forEach((name, value) -> given.add(new Argument(name, value)));
        return List.copyOf(given);
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
