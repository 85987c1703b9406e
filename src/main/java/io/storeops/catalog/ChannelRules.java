package io.storeops.catalog;

import io.storeops.shared.Money;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The listing rules of one channel (F1.3): how titles are counted and how long they may be, the forbidden words, the
 * minimum number of main images, the minimum margin over cost, and whether a detail page is required.
 */
public record ChannelRules(
        @NotNull TitleCounting titleCounting,
        @Min(1) @Max(500) int maxTitleUnits,
        @Min(0) @Max(500) int minTitleUnits,
        @Min(0) @Max(20) int minImages,
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal minMarginPercent,
        boolean requireDetail,
        @NotNull @Size(max = 2000) List<@NotNull @Size(min = 1, max = 50) String> forbiddenWords) {

    public ChannelRules {
        forbiddenWords = forbiddenWords == null
                ? List.of()
                : forbiddenWords.stream()
                        .map(String::trim)
                        .filter(w -> !w.isEmpty())
                        .distinct()
                        .toList();
    }

    /** The lowest acceptable price for goods that cost {@code cost}: cost × (1 + minimum margin). */
    public Money floorFor(Money cost) {
        return cost.times(BigDecimal.ONE.add(minMarginPercent.movePointLeft(2)));
    }
}
