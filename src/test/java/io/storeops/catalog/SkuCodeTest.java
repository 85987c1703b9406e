package io.storeops.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SkuCodeTest {

    @Test
    void acceptsLettersDigitsDotsUnderscoresAndDashes() {
        assertThat(new SkuCode("HT-2024_01.a").value()).isEqualTo("HT-2024_01.a");
        assertThat(new SkuCode("x".repeat(64))).hasToString("x".repeat(64));
    }

    @Test
    void rejectsWhatNoSkuDraftAccepts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SkuCode(null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SkuCode(""));
        assertThatIllegalArgumentException().isThrownBy(() -> new SkuCode("HT 01"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SkuCode("毛巾-01"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SkuCode("x".repeat(65)));
    }

    @Test
    void isTheBareCodeInJson() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.writeValueAsString(new SkuCode("HT-01"))).isEqualTo("\"HT-01\"");
        assertThat(json.readValue("\"HT-01\"", SkuCode.class)).isEqualTo(new SkuCode("HT-01"));
    }
}
