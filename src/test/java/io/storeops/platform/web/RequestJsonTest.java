package io.storeops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The strict request mapper refuses what the tolerant one would silently change, and keeps what is valid. */
class RequestJsonTest {

    enum Kind {
        INBOUND,
        OUTBOUND
    }

    record Line(
            String skuCode, int quantity, Long reference, Money price, BigDecimal rate, Kind kind, Boolean urgent) {}

    record Body(
            String title,
            List<Line> lines,
            Instant at,
            LocalDate day,
            List<String> images,
            Map<String, String> attributes) {}

    final JsonMapper strict = RequestJson.strict(JsonMapper.builder().build());

    @Test
    void readsAValidBodyUnchanged() {
        Body body = strict.readValue("""
                {"title":"床单\\t四件套\\n","lines":[{"skuCode":"A-1","quantity":2,"reference":9000000000,
                 "price":"12.50","rate":8.5,"kind":"INBOUND","urgent":true}],"at":"2026-11-25T08:00:00Z",
                 "day":"2026-11-25","images":["https://x/a.jpg"],"attributes":{"颜色":"白色"}}""", Body.class);
        assertThat(body.title()).isEqualTo("床单\t四件套\n");
        assertThat(body.lines().getFirst().quantity()).isEqualTo(2);
        assertThat(body.lines().getFirst().price()).isEqualTo(Money.of("12.50"));
        assertThat(body.at()).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));
    }

    @Test
    void refusesUnknownFields() {
        assertThatThrownBy(() -> strict.readValue("{\"title\":\"x\",\"id\":1}", Body.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void refusesANumberOrBooleanWhereTextBelongs() {
        assertThatThrownBy(() -> strict.readValue("{\"title\":123}", Body.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> strict.readValue("{\"images\":[true]}", Body.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void refusesFractionsAndOverflowsOfWholeNumbers() {
        assertThatThrownBy(() -> strict.readValue("{\"lines\":[{\"quantity\":1},{\"quantity\":2.5}]}", Body.class))
                .isInstanceOf(InvalidFormatException.class)
                .satisfies(e ->
                        assertThat(((JacksonException) e).getPathReference()).contains("[1]"));
        assertThatThrownBy(() -> strict.readValue("{\"lines\":[{\"quantity\":3e9}]}", Body.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> strict.readValue("{\"lines\":[{\"quantity\":3000000000}]}", Body.class))
                .isInstanceOf(InputCoercionException.class);
    }

    @Test
    void refusesNumbersForEnumsAndBooleans() {
        assertThatThrownBy(() -> strict.readValue("{\"lines\":[{\"quantity\":1,\"kind\":1}]}", Body.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> strict.readValue("{\"lines\":[{\"quantity\":1,\"urgent\":1}]}", Body.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void refusesValuesBeyondTheLimitsWithTheirPath() {
        assertRefused("{\"lines\":[{\"quantity\":1,\"price\":1e30}]}", "lines", "price", "9999999999.99");
        assertRefused("{\"lines\":[{\"quantity\":1,\"price\":99999999999.99}]}", "lines", "price", "9999999999.99");
        assertRefused("{\"lines\":[{\"quantity\":1,\"rate\":-1e20}]}", "lines", "rate", "9999999999.99");
        assertRefused("{\"at\":\"+1000000000-01-01T00:00:00Z\"}", "at", "at", "2100-12-31");
        assertRefused("{\"day\":\"-999999999-01-01\"}", "day", "day", "2000-01-01");
        assertRefused("{\"title\":\"a\\u0000b\"}", "title", "title", "U+0000");
        assertRefused("{\"images\":[\"ok\",\"bell\\u0007\"]}", "images", "images", "U+0007");
        assertRefused("{\"attributes\":{\"a\\u0000\":\"x\"}}", "attributes", "attributes", "U+0000");
    }

    private void assertRefused(String json, String first, String field, String message) {
        assertThatThrownBy(() -> strict.readValue(json, Body.class))
                .isInstanceOf(RefusedValue.class)
                .satisfies(e -> {
                    var refused = (RefusedValue) e;
                    assertThat(refused.getPath().getFirst().getPropertyName()).isEqualTo(first);
                    assertThat(refused.getPathReference()).contains(field);
                    assertThat(refused.getOriginalMessage()).contains(message);
                });
    }
}
