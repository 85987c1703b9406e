package io.storeops.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyStockPolicyTest {

    static List<Integer> days(int... demand) {
        List<Integer> result = new ArrayList<>();
        for (int d : demand) {
            result.add(d);
        }
        return result;
    }

    @Test
    void aFixedPolicyIsItsQuantity() {
        var fixed = new SafetyStockPolicy(SafetyStockPolicy.Mode.FIXED, 12, null, null);
        assertThat(fixed.threshold(days(100, 200))).isEqualTo(12);
        assertThat(fixed.complete()).isTrue();
    }

    @Test
    void steadyDemandNeedsOnlyLeadTimeCover() {
        var policy = new SafetyStockPolicy(SafetyStockPolicy.Mode.COMPUTED, null, 5, new BigDecimal("1.65"));
        assertThat(policy.threshold(new ArrayList<>(Collections.nCopies(28, 4))))
                .isEqualTo(20);
    }

    @Test
    void variableDemandAddsSafetyFactorTimesDeviationTimesRootLeadTime() {
        var policy = new SafetyStockPolicy(SafetyStockPolicy.Mode.COMPUTED, null, 7, new BigDecimal("1.65"));
        List<Integer> demand = new ArrayList<>(Collections.nCopies(27, 0));
        demand.add(10);
        // mean 10/28 = 0.357; σ = 1.856; 0.357 × 7 + 1.65 × 1.856 × √7 = 2.5 + 8.10 = 10.6 → 11
        assertThat(policy.threshold(demand)).isEqualTo(11);
    }

    @Test
    void noDemandNoSafetyStock() {
        var policy = new SafetyStockPolicy(SafetyStockPolicy.Mode.COMPUTED, null, 7, new BigDecimal("1.65"));
        assertThat(policy.threshold(new ArrayList<>(Collections.nCopies(28, 0))))
                .isZero();
        assertThat(new SafetyStockPolicy(SafetyStockPolicy.Mode.COMPUTED, null, null, BigDecimal.ONE).complete())
                .isFalse();
    }
}
