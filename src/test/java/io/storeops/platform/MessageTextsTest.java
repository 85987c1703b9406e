package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.shared.Message;
import io.storeops.shared.MessageCode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every code the server can send has a Chinese and an English text with the same arguments, and no text is orphaned. */
class MessageTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private final MessageTexts texts = MessageTexts.loaded();

    @Test
    void everyCodeTheServerCanSendHasBothTranslationsAndNoTextIsOrphaned() throws Exception {
        Set<String> codes = declaredCodes();
        assertThat(codes).as("message codes declared by MessageCode enums").isNotEmpty();
        assertThat(texts.all().keySet()).as("codes with texts").containsAll(codes);
        assertThat(codes)
                .as("texts whose code no enum declares")
                .containsAll(texts.all().keySet());
        for (String code : codes) {
            Map<String, String> byLanguage = texts.all().get(code);
            String zh = byLanguage.get(MessageTexts.ZH);
            String en = byLanguage.get(MessageTexts.EN);
            assertThat(zh).as(code + " zh-CN").isNotBlank();
            assertThat(en).as(code + " en").isNotBlank();
            assertThat(byLanguage.keySet()).as(code + " languages").containsOnly(MessageTexts.ZH, MessageTexts.EN);
            assertThat(placeholders(zh))
                    .as(code + ": same arguments in both languages")
                    .isEqualTo(placeholders(en));
            for (String text : byLanguage.values()) {
                // the console's vue-i18n reads | as plural forms, @ as a link and braces as placeholders
                assertThat(text.replaceAll("\\{\\w+}", ""))
                        .as(code + ": no vue-i18n syntax characters besides {name}")
                        .doesNotContain("|", "@", "{", "}", "$");
            }
        }
    }

    @Test
    void rendersArgumentsNestedMessagesAndListsInTheLocalesLanguage() {
        var local = new MessageTexts(Map.of(
                "platform.OUTER", Map.of("zh-CN", "应为{expected}：{values}", "en", "expected {expected}: {values}"),
                "platform.INNER", Map.of("zh-CN", "整数", "en", "a whole number")));
        var message = new Message(
                "platform.OUTER",
                Map.of("expected", new Message("platform.INNER", Map.of()), "values", List.of("A", "B")));

        assertThat(local.text(message, Locale.SIMPLIFIED_CHINESE)).isEqualTo("应为整数：A、B");
        assertThat(local.text(message, Locale.ENGLISH)).isEqualTo("expected a whole number: A, B");
        assertThat(local.text(new Message("platform.UNKNOWN", Map.of("x", 1)), Locale.ENGLISH))
                .isEqualTo("platform.UNKNOWN{x=1}");
    }

    @Test
    void aMessageRefusesArgumentsThatNeedALanguage() {
        assertThatThrownBy(() -> new Message("platform.X", Map.of("when", Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("when");
    }

    private static Set<String> declaredCodes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(MessageCode.class));
        Set<String> codes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("io.storeops")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    codes.add(((MessageCode) constant).code());
                }
            }
        }
        return codes;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(m -> names.add(m.group(1)));
        return names;
    }
}
