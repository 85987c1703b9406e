package io.storeops.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The inventory KPI formulas (docs/INVENTORY-KPIS.md), exact to the stated decimals, half up. */
final class KpiFormulas {

    private KpiFormulas() {}

    /** (on hand at start + on hand at end) ÷ 2, one decimal. */
    static BigDecimal averageOnHand(long startOnHand, long endOnHand) {
        return BigDecimal.valueOf(startOnHand + endOnHand).divide(BigDecimal.TWO, 1, RoundingMode.HALF_UP);
    }

    /** Average on hand ÷ (units sold ÷ days), one decimal; null ("∞") when nothing was sold. */
    static BigDecimal turnoverDays(long startOnHand, long endOnHand, long unitsSold, int days) {
        if (unitsSold <= 0) {
            return null;
        }
        return BigDecimal.valueOf(startOnHand + endOnHand)
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(2 * unitsSold), 1, RoundingMode.HALF_UP);
    }

    /** Units sold ÷ (on hand at start + units received), four decimals; null when there was nothing to sell. */
    static BigDecimal sellThrough(long unitsSold, long startOnHand, long unitsReceived) {
        return ratio(unitsSold, startOnHand + unitsReceived);
    }

    /** Stocked-out SKU-days ÷ counted SKU-days, four decimals; null when no SKU-day counted. */
    static BigDecimal stockOutRate(long stockOutDays, long countedDays) {
        return ratio(stockOutDays, countedDays);
    }

    private static BigDecimal ratio(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
