package io.storeops.inventory;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * The safety stock of a SKU (F2.4): either a fixed quantity, or computed from its recent daily demand as
 *
 * <pre>threshold = ⌈ d̄ × L + z × σ × √L ⌉</pre>
 *
 * where d̄ is the average and σ the standard deviation of units sold per day over the last {@value #DEMAND_DAYS} days,
 * L the lead time in days and z the safety factor (1.65 ≈ 95 % service level).
 */
public record SafetyStockPolicy(
        @NotNull Mode mode,
        @Min(0) @Max(1_000_000) Integer fixedQuantity,
        @Min(1) @Max(365) Integer leadTimeDays,
        @DecimalMin("0") @DecimalMax("5") BigDecimal safetyFactor) {

    public static final int DEMAND_DAYS = 28;

    /** The threshold for the given units sold per day (oldest first, one entry per day, zeros included). */
    public int threshold(List<Integer> dailyDemand) {
        if (mode == Mode.FIXED) {
            return fixedQuantity;
        }
        double mean = dailyDemand.stream().mapToInt(Integer::intValue).average().orElse(0);
        double variance = dailyDemand.stream()
                .mapToDouble(d -> (d - mean) * (d - mean))
                .average()
                .orElse(0);
        double value = mean * leadTimeDays + safetyFactor.doubleValue() * Math.sqrt(variance) * Math.sqrt(leadTimeDays);
        return (int) Math.ceil(value - 1e-9);
    }

    /** Whether the parameters the mode needs are present. */
    public boolean complete() {
        return mode == Mode.FIXED ? fixedQuantity != null : leadTimeDays != null && safetyFactor != null;
    }

    /** Fixed quantity or computed from demand. */
    public enum Mode {
        FIXED,
        COMPUTED
    }
}
