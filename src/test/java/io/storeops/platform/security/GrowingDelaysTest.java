package io.storeops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GrowingDelaysTest {

    @Test
    void noDelayForTheFirstTenFailuresThenDoublingFromAQuarterSecondUpToFiveSeconds() {
        assertThat(GrowingDelays.after(0)).isZero();
        assertThat(GrowingDelays.after(10)).isZero();
        assertThat(GrowingDelays.after(11)).isEqualTo(Duration.ofMillis(250));
        assertThat(GrowingDelays.after(12)).isEqualTo(Duration.ofMillis(500));
        assertThat(GrowingDelays.after(15)).isEqualTo(Duration.ofSeconds(4));
        assertThat(GrowingDelays.after(16)).isEqualTo(Duration.ofSeconds(5));
        assertThat(GrowingDelays.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aDelayIsEarnedPerUsernameOnly() {
        var delays = new GrowingDelays();
        for (int i = 0; i < 11; i++) {
            delays.failed("admin");
        }
        long start = System.nanoTime();
        delays.await("someone-else");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
        start = System.nanoTime();
        delays.await("admin");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }
}
