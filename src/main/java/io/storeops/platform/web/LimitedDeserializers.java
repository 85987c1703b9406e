package io.storeops.platform.web;

import io.storeops.shared.Message;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Puts {@link InputLimits} behind the deserializers of texts (values and map keys), decimals (hence every
 * {@code Money}) and java.time values, so a refused value answers a 400 naming its JSON path.
 */
final class LimitedDeserializers extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyDeserializer(
            DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        Class<?> type = deserializer.handledType();
        if (type == null) {
            return deserializer;
        }
        if (type == String.class) {
            return new Limited(deserializer, InputLimits::text);
        }
        if (type == BigDecimal.class) {
            return new Limited(deserializer, InputLimits::decimal);
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return new Limited(deserializer, InputLimits::date);
        }
        return deserializer;
    }

    @Override
    public KeyDeserializer modifyKeyDeserializer(
            DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
        if (!type.hasRawClass(String.class)) {
            return deserializer;
        }
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) {
                Optional<Message> refusal = InputLimits.text(key);
                if (refusal.isPresent()) {
                    throw new RefusedValue(context.getParser(), refusal.get());
                }
                return deserializer.deserializeKey(key, context);
            }
        };
    }

    /** A deserializer that reads as its delegate does, then refuses what the limit refuses. */
    static final class Limited extends DelegatingDeserializer {

        private final Function<Object, Optional<Message>> limit;

        Limited(ValueDeserializer<?> delegate, Function<Object, Optional<Message>> limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Limited(delegate, limit);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return checked(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) {
            return checked(parser, super.deserialize(parser, context, into));
        }

        private Object checked(JsonParser parser, Object value) {
            Optional<Message> refusal = limit.apply(value);
            if (refusal.isPresent()) {
                throw new RefusedValue(parser, refusal.get());
            }
            return value;
        }
    }
}
