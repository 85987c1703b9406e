package io.storeops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;

/** A message in JSON: code, every kind of argument as the console reads it, the default text; and back. */
class MessageJsonTest {

    final JsonMapper json =
            JsonMapper.builder().addModule(new MessageJson().messageModule()).build();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void writesEachKindOfArgumentAndTheDefaultTextOfTheRequestsLanguage() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("first", Money.of("50"));
        args.put("last", 9_000_000_000L);
        args.put("given", new Message("shared.INVALID_PHONE_NUMBER", Map.of("given", "13x")));
        args.put("count", 3);
        args.put("rate", new BigDecimal("8.5"));
        args.put("urgent", true);
        args.put("skus", List.of("A-1", "B-2"));
        Message message = new Message("shared.DATE_OUT_OF_RANGE_GIVEN", args);

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(json.writeValueAsString(message))
                .isEqualTo("{\"code\":\"shared.DATE_OUT_OF_RANGE_GIVEN\",\"args\":{\"first\":\"50.00\","
                        + "\"last\":9000000000,\"given\":{\"code\":\"shared.INVALID_PHONE_NUMBER\",\"args\":"
                        + "{\"given\":\"13x\"},\"message\":\"不是有效的电话号码：13x\"},\"count\":3,\"rate\":8.5,"
                        + "\"urgent\":true,\"skus\":[\"A-1\",\"B-2\"]},"
                        + "\"message\":\"日期须在 50.00 到 9000000000 之间：不是有效的电话号码：13x\"}");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(json.readTree(json.writeValueAsString(message))
                        .get("message")
                        .asString())
                .isEqualTo("must be between 50.00 and 9000000000: not a valid phone number: 13x");
    }

    @Test
    void readsCodeAndArgumentsBackAndIgnoresTheText() {
        Message read = json.readValue("""
                {"code":"shared.DATE_OUT_OF_RANGE","args":{"first":"2026-01-01","last":3,
                 "given":{"code":"shared.INVALID_PHONE_NUMBER","args":{"given":"1"}}},"message":"whatever"}""", Message.class);
        assertThat(read.code()).isEqualTo("shared.DATE_OUT_OF_RANGE");
        assertThat(read.argument("first")).isEqualTo("2026-01-01");
        assertThat(read.argument("last")).isEqualTo(3L);
        assertThat(read.argument("given")).isEqualTo(new Message("shared.INVALID_PHONE_NUMBER", Map.of("given", "1")));
        assertThat(read.argument("missing")).isNull();
    }
}
