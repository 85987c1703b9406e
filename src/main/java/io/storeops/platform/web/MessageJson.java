package io.storeops.platform.web;

import io.storeops.platform.MessageTexts;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A {@link Message} in JSON: {@code {"code": "orders.X", "args": {…}, "message": "default text"}}. The console
 * translates {@code code} with {@code args}; {@code message} is the text in the request's language (Accept-Language,
 * English by default) for API clients. Reading takes {@code code} and {@code args} and ignores {@code message}.
 */
@Configuration(proxyBeanMethods = false)
class MessageJson {

    @Bean
    SimpleModule messageModule() {
        return new SimpleModule("storeops-messages")
                .addSerializer(Message.class, new Writer())
                .addDeserializer(Message.class, new Reader());
    }

    static final class Writer extends ValueSerializer<Message> {

        @Override
        public void serialize(Message value, JsonGenerator gen, SerializationContext context) {
            gen.writeStartObject();
            gen.writeStringProperty("code", value.code());
            gen.writeName("args");
            gen.writeStartObject();
            value.forEachArgument((name, argument) -> {
                gen.writeName(name);
                switch (argument) {
                    case String text -> gen.writeString(text);
                    case Integer number -> gen.writeNumber(number);
                    case Long number -> gen.writeNumber(number);
                    case Money money -> gen.writeString(money.plain());
                    case Message nested -> serialize(nested, gen, context);
                    default -> context.writeValue(gen, argument);
                }
            });
            gen.writeEndObject();
            gen.writeStringProperty("message", MessageTexts.loaded().text(value, locale(context)));
            gen.writeEndObject();
        }

        /**
         * The request's locale, resolved once per response: resolving reads the Accept-Language header through the
         * security firewall's checks, and a price quote writes hundreds of messages.
         */
        private static Locale locale(SerializationContext context) {
            Object locale = context.getAttribute(Locale.class);
            if (locale == null) {
                locale = LocaleContextHolder.getLocale();
                context.setAttribute(Locale.class, locale);
            }
            return (Locale) locale;
        }
    }

    static final class Reader extends ValueDeserializer<Message> {

        @Override
        public Message deserialize(JsonParser parser, DeserializationContext context) {
            return message(context.readTree(parser));
        }

        private static Message message(JsonNode node) {
            Map<String, Object> args = new LinkedHashMap<>();
            JsonNode given = node.path("args");
            for (var arg : given.properties()) {
                args.put(arg.getKey(), value(arg.getValue()));
            }
            return new Message(node.path("code").asString(), args);
        }

        private static Object value(JsonNode node) {
            if (node.isObject() && node.has("code")) {
                return message(node);
            }
            if (node.isArray()) {
                List<Object> items = new ArrayList<>();
                node.forEach(item -> items.add(value(item)));
                return items;
            }
            if (node.isIntegralNumber()) {
                return node.canConvertToLong() ? node.longValue() : node.bigIntegerValue();
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            return node.asString();
        }
    }
}
