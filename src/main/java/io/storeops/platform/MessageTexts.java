package io.storeops.platform;

import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The texts of every {@link Message} code, read from {@code messages/*.json} on the classpath (one file per module,
 * {@code {"orders.X": {"zh-CN": "…{amount}…", "en": "…{amount}…"}}}). The console translates the same files; the server
 * uses them only for the default text that API clients and files (exports, reports) get.
 */
public final class MessageTexts {

    public static final String ZH = "zh-CN";
    public static final String EN = "en";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final MessageTexts LOADED = load("classpath*:messages/*.json");

    private final Map<String, Map<String, String>> texts;
    private final Map<String, Template> zh = new HashMap<>();
    private final Map<String, Template> en = new HashMap<>();

    MessageTexts(Map<String, Map<String, String>> texts) {
        this.texts = Map.copyOf(texts);
        texts.forEach((code, byLanguage) -> {
            if (byLanguage.get(ZH) != null) {
                zh.put(code, Template.parse(byLanguage.get(ZH)));
            }
            if (byLanguage.get(EN) != null) {
                en.put(code, Template.parse(byLanguage.get(EN)));
            }
        });
    }

    /** The texts of this application's classpath. */
    public static MessageTexts loaded() {
        return LOADED;
    }

    /** Code → language ({@link #ZH}, {@link #EN}) → text. */
    public Map<String, Map<String, String>> all() {
        return texts;
    }

    /** The language a locale reads: Chinese for any {@code zh} locale, English otherwise. */
    public static String language(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /** The message in the locale's language; an unknown code shows itself with its arguments. */
    public String text(Message message, Locale locale) {
        return text(message, language(locale));
    }

    private String text(Message message, String language) {
        Template template = (ZH.equals(language) ? zh : en).get(message.code());
        if (template == null) {
            return message.toString();
        }
        StringBuilder out = new StringBuilder(template.length + 16);
        for (int i = 0; i < template.parts.length; i++) {
            if (i % 2 == 0) {
                out.append(template.parts[i]);
            } else {
                Object value = message.argument(template.parts[i]);
                out.append(value == null ? "{" + template.parts[i] + "}" : argument(value, language));
            }
        }
        return out.toString();
    }

    /** A text cut once into literal parts (even indexes) and placeholder names (odd indexes). */
    private record Template(String[] parts, int length) {

        static Template parse(String text) {
            List<String> parts = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(text);
            int at = 0;
            while (m.find()) {
                parts.add(text.substring(at, m.start()));
                parts.add(m.group(1));
                at = m.end();
            }
            parts.add(text.substring(at));
            return new Template(parts.toArray(String[]::new), text.length());
        }
    }

    private String argument(Object value, String language) {
        return switch (value) {
            case Message nested -> text(nested, language);
            case BigDecimal decimal -> decimal.toPlainString();
            case Money money -> money.amount().toPlainString();
            case List<?> list ->
                list.stream()
                        .map(item -> argument(item, language))
                        .collect(Collectors.joining(ZH.equals(language) ? "、" : ", "));
            default -> String.valueOf(value);
        };
    }

    static MessageTexts load(String pattern) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Map<String, String>> texts = new HashMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = file.getInputStream()) {
                    Map<String, Map<String, String>> part = json.readValue(in, new TypeReference<>() {});
                    for (var entry : part.entrySet()) {
                        if (texts.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                            throw new IllegalStateException(
                                    "message " + entry.getKey() + " is defined twice (" + file.getFilename() + ")");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MessageTexts(texts);
    }
}
