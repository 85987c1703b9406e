package io.storeops.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoDecimalsExactly() {
        assertThat(Money.of("0.1").plus(Money.of("0.2"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("19.9").amount()).isEqualByComparingTo("19.90");
        assertThat(Money.of("19.9").amount().scale()).isEqualTo(2);
    }

    @Test
    void rejectsFractionsOfAFen() {
        assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multipliesWithHalfUpRounding() {
        assertThat(Money.of("10.00").times(new BigDecimal("1.155"))).isEqualTo(Money.of("11.55"));
        assertThat(Money.of("0.05").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.03"));
    }

    @Test
    void comparesByValueNotScale() {
        assertThat(Money.of("5").compareTo(Money.of("5.00"))).isZero();
        assertThat(Money.of("4.99").isLessThan(Money.of("5"))).isTrue();
        assertThat(Money.of("-1").isNegative()).isTrue();
        assertThat(Money.of("3.50").minus(Money.of("4"))).isEqualTo(Money.of("-0.50"));
    }

    @Test
    void plainTextIsTheAmountWithTwoDecimalsNeverInScientificNotation() {
        assertThat(Money.of("0").plain()).isEqualTo("0.00");
        assertThat(Money.ofFen(1).plain()).isEqualTo("0.01");
        assertThat(Money.ofFen(-5).plain()).isEqualTo("-0.05");
        assertThat(Money.of("50").plain()).isEqualTo("50.00");
        assertThat(Money.of("123456789012.3").plain()).isEqualTo("123456789012.30");
        assertThat(Money.of(new BigDecimal("1E+3")).plain()).isEqualTo("1000.00");
    }
}
