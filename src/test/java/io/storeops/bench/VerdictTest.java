package io.storeops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void ratiosKeepThreeSignificantDigitsSoAMissIsVisible() {
        assertThat(Verdict.ratio(1332.9 / 2668)).isEqualTo("0.500");
        assertThat(Verdict.ratio(0.4996)).isEqualTo("0.500");
        assertThat(Verdict.ratio(0.69949)).isEqualTo("0.699");
        assertThat(Verdict.ratio(12.345)).isEqualTo("12.3");
    }

    @Test
    void reportsMaxInsteadOfP99BelowAThousandSamples() {
        var samples = new Verdict.Samples();
        for (int i = 1; i <= 999; i++) {
            samples.add(i / 1000.0);
        }
        assertThat(samples.describe("s")).startsWith("max of 999: 0.999 s");
        assertThat(samples.p99Below(10)).isFalse();
        samples.add(2.0);
        assertThat(samples.describe("s"))
                .contains("p99 0.990 s")
                .contains("max 2.000 s")
                .contains("1,000 samples");
        assertThat(samples.p99Below(1.0)).isTrue();
        assertThat(samples.p99Below(0.99)).isFalse();
    }

    @Test
    void aMissedTargetOrFailedCheckFailsTheVerdict() {
        assertThat(new Verdict("x").require("a", true, "1").passed()).isTrue();
        assertThat(new Verdict("x")
                        .require("a", true, "1")
                        .require("b", false, "2")
                        .passed())
                .isFalse();
        assertThat(new Verdict("x").check("ledger", false, "3 mismatches").passed())
                .isFalse();
    }
}
