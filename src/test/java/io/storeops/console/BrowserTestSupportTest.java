package io.storeops.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which builds count as CI, where browser tests fail instead of being skipped when Chromium is missing. */
class BrowserTestSupportTest {

    @Test
    void ciIsTheCiVariableSetToTrueOrOne() {
        assertThat(BrowserTestSupport.inCi("true")).isTrue();
        assertThat(BrowserTestSupport.inCi("TRUE")).isTrue();
        assertThat(BrowserTestSupport.inCi("1")).isTrue();
        assertThat(BrowserTestSupport.inCi(null)).isFalse();
        assertThat(BrowserTestSupport.inCi("")).isFalse();
        assertThat(BrowserTestSupport.inCi("false")).isFalse();
    }
}
