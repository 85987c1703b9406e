package io.storeops.catalog.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.catalog.TitleCounting;
import org.junit.jupiter.api.Test;

class TitleCountingTest {

    @Test
    void countsAChineseCharacterAsTwoUnitsOnTmall() {
        assertThat(TitleCounting.CJK_DOUBLE.count("纯棉T恤")).isEqualTo(7);
        assertThat(TitleCounting.CJK_DOUBLE.count("iPhone 16")).isEqualTo(9);
        assertThat(TitleCounting.CJK_DOUBLE.count("四件套（1.8m）")).isEqualTo(6 + 2 + 4 + 2);
    }

    @Test
    void thirtyChineseCharactersFillTheSixtyUnitTmallLimit() {
        assertThat(TitleCounting.CJK_DOUBLE.count("一".repeat(30))).isEqualTo(60);
    }

    @Test
    void countsCharactersOnJdAndDouyin() {
        assertThat(TitleCounting.CHARACTERS.count("纯棉T恤")).isEqualTo(4);
        assertThat(TitleCounting.CHARACTERS.count("😀好")).isEqualTo(2);
    }
}
