package io.storeops.inventory;

import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of inventory KPIs over a period, grouped by SKU, category or warehouse, with totals over all matches. */
public record KpiReport(KpiPeriod period, List<Item> items, long total, int page, int size, Measures totals) {

    /** The KPIs of one SKU, category or warehouse; no label for the category {@code -} of SKUs gone from the catalog. */
    public record Item(
            String key,
            @Nullable String label,
            long unitsSold,
            BigDecimal averageOnHand,
            BigDecimal turnoverDays,
            BigDecimal sellThrough,
            BigDecimal stockAgeDays,
            Money capitalTiedUp,
            BigDecimal stockOutRate) {

        Item(String key, @Nullable String label, Measures m) {
            this(
                    key,
                    label,
                    m.unitsSold(),
                    m.averageOnHand(),
                    m.turnoverDays(),
                    m.sellThrough(),
                    m.stockAgeDays(),
                    m.capitalTiedUp(),
                    m.stockOutRate());
        }
    }

    /**
     * The measures: turnover days null when nothing was sold, sell-through null when there was nothing to sell, stock
     * age null without stock, stock-out rate null when no SKU-day counted.
     */
    public record Measures(
            long unitsSold,
            BigDecimal averageOnHand,
            BigDecimal turnoverDays,
            BigDecimal sellThrough,
            BigDecimal stockAgeDays,
            Money capitalTiedUp,
            BigDecimal stockOutRate) {}
}
