package io.storeops.inventory;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of the shared pool a channel may promise (F2.2): hold back a buffer (percent of available) or offer at most
 * a fixed quota. Either way a channel is never promised more than is available in total.
 */
public record ChannelAllocation(
        @NotBlank String channel,
        @NotNull Mode mode,
        @NotNull @DecimalMin("0") BigDecimal value) {

    /** The allocation of a channel nobody configured: everything available, no buffer. */
    public static ChannelAllocation unrestricted(String channel) {
        return new ChannelAllocation(channel, Mode.BUFFER_PERCENT, BigDecimal.ZERO);
    }

    /** Available to sell on this channel, out of {@code available} units in the pool. */
    public int availableToSell(int available) {
        if (available <= 0) {
            return 0;
        }
        return switch (mode) {
            case BUFFER_PERCENT ->
                BigDecimal.valueOf(available)
                        .multiply(BigDecimal.valueOf(100).subtract(value))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
                        .max(BigDecimal.ZERO)
                        .intValue();
            case FIXED_QUOTA ->
                Math.min(available, value.setScale(0, RoundingMode.FLOOR).intValue());
        };
    }

    /** Whether the value makes sense for the mode: a buffer is a percentage of at most 100. */
    public boolean valid() {
        return value.signum() >= 0 && (mode != Mode.BUFFER_PERCENT || value.compareTo(BigDecimal.valueOf(100)) <= 0);
    }

    /** Buffer held back in percent, or a fixed quota of units. */
    public enum Mode {
        BUFFER_PERCENT,
        FIXED_QUOTA
    }
}
