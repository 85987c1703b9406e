package io.storeops.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.marketplace.Faults;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultDiceTest {

    final FaultDice dice = new FaultDice();

    @Test
    void injectsNothingByDefault() {
        for (int i = 0; i < 1000; i++) {
            assertThat(dice.roll()).isEqualTo(FaultPlan.NONE);
        }
    }

    @Test
    void failsAboutTheConfiguredShareWithBothServerErrors() {
        dice.set(Faults.failing(0.3, 42));
        var plans = rolls(10_000);
        long failed = plans.stream().filter(p -> p.failureStatus() != 0).count();
        assertThat(failed).isBetween(2_800L, 3_200L);
        assertThat(plans).anyMatch(p -> p.failureStatus() == 500).anyMatch(p -> p.failureStatus() == 503);
    }

    @Test
    void repeatsTheSameFaultsForTheSameSeed() {
        var faults = new Faults(0.2, 2_000, 0.1, 0.05, 0.01, 30_000, 7L);
        dice.set(faults);
        var first = rolls(500);
        dice.set(faults);
        assertThat(rolls(500)).isEqualTo(first);
    }

    @Test
    void sleepsForLatencySpikesAndTimeouts() {
        dice.set(new Faults(0, 2_000, 1, 0, 0, 30_000, 1L));
        assertThat(dice.roll().sleepMs()).isEqualTo(2_000);
        dice.set(new Faults(0, 0, 0, 0, 1, 30_000, 1L));
        assertThat(dice.roll().sleepMs()).isEqualTo(30_000);
    }

    private List<FaultPlan> rolls(int n) {
        var plans = new ArrayList<FaultPlan>();
        for (int i = 0; i < n; i++) {
            plans.add(dice.roll());
        }
        return plans;
    }
}
