package io.storeops.inventory;

import io.storeops.shared.Money;
import java.math.BigDecimal;

/** The additive facts behind the KPIs of a group of stock rows; the ratios are only taken at the end. */
final class KpiTally {

    private long startOnHand;
    private long endOnHand;
    private long onHandNow;
    private long unitsSold;
    private long unitsReceived;
    private long unitSeconds;
    private Money capital = Money.ZERO;
    private long stockOutDays;
    private long countedDays;

    void addStock(long start, long end, long now, long sold, long received, long ageUnitSeconds, Money cost) {
        startOnHand += start;
        endOnHand += end;
        onHandNow += now;
        unitsSold += sold;
        unitsReceived += received;
        unitSeconds = Math.addExact(unitSeconds, ageUnitSeconds);
        capital = capital.plus(cost.times(BigDecimal.valueOf(now)));
    }

    void addStockOut(long outDays, long counted) {
        stockOutDays += outDays;
        countedDays += counted;
    }

    void add(KpiTally other) {
        addStock(
                other.startOnHand,
                other.endOnHand,
                0,
                other.unitsSold,
                other.unitsReceived,
                other.unitSeconds,
                Money.ZERO);
        onHandNow += other.onHandNow;
        capital = capital.plus(other.capital);
        addStockOut(other.stockOutDays, other.countedDays);
    }

    KpiReport.Measures measures(int days) {
        return new KpiReport.Measures(
                unitsSold,
                KpiFormulas.averageOnHand(startOnHand, endOnHand),
                KpiFormulas.turnoverDays(startOnHand, endOnHand, unitsSold, days),
                KpiFormulas.sellThrough(unitsSold, startOnHand, unitsReceived),
                FifoStockAge.ageDays(unitSeconds, onHandNow),
                capital,
                KpiFormulas.stockOutRate(stockOutDays, countedDays));
    }
}
