package io.storeops.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class KpiCalculationsTest {

    static final Instant DAY_0 = Instant.parse("2026-10-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Instant day(int n) {
        return DAY_0.plus(Duration.ofDays(n));
    }

    static FifoStockAge.Receipt receipt(int day, int quantity) {
        return new FifoStockAge.Receipt(day(day), quantity);
    }

    @Test
    void agesCurrentStockFromTheMostRecentReceipts() {
        var receipts = List.of(receipt(0, 100), receipt(10, 50), receipt(20, 30));
        long unitSeconds = FifoStockAge.unitSeconds(60, receipts, day(0), day(30));
        // 30 units of day 20 (10 days old) and 30 of day 10 (20 days old); day 0 has left entirely.
        assertThat(unitSeconds).isEqualTo((30L * 10 + 30L * 20) * 86_400);
        assertThat(FifoStockAge.ageDays(unitSeconds, 60)).isEqualByComparingTo("15.0");
    }

    @Test
    void fifoDoesNotDependOnTheOrderOfTheReceiptRows() {
        var receipts = new ArrayList<>(List.of(receipt(20, 30), receipt(0, 100), receipt(10, 50)));
        assertThat(FifoStockAge.unitSeconds(60, receipts, day(0), day(30)))
                .isEqualTo(FifoStockAge.unitSeconds(60, receipts.reversed(), day(0), day(30)))
                .isEqualTo(900L * 86_400);
    }

    @Test
    void agesUnitsNoReceiptCoversFromTheFallbackTime() {
        long unitSeconds = FifoStockAge.unitSeconds(10, List.of(receipt(28, 4)), day(0), day(30));
        assertThat(FifoStockAge.ageDays(unitSeconds, 10)).isEqualByComparingTo("18.8");
    }

    @Test
    void hasNoStockAgeWithoutStock() {
        assertThat(FifoStockAge.unitSeconds(0, List.of(receipt(0, 100)), day(0), day(30)))
                .isZero();
        assertThat(FifoStockAge.ageDays(0, 0)).isNull();
    }

    @Test
    void turnoverIsAverageOnHandOverDailySales() {
        // average (100 + 80) / 2 = 90 units, 30 sold in 30 days = 1 a day
        assertThat(KpiFormulas.turnoverDays(100, 80, 30, 30)).isEqualByComparingTo("90.0");
        // average 41, 18 sold in one day
        assertThat(KpiFormulas.turnoverDays(0, 82, 18, 1)).isEqualByComparingTo("2.3");
        assertThat(KpiFormulas.averageOnHand(0, 81)).isEqualByComparingTo("40.5");
    }

    @Test
    void turnoverIsInfiniteWhenNothingWasSold() {
        assertThat(KpiFormulas.turnoverDays(100, 100, 0, 30)).isNull();
        assertThat(KpiFormulas.turnoverDays(100, 102, -2, 30)).isNull();
    }

    @Test
    void turnoverIsZeroWhenEverythingSoldOut() {
        assertThat(KpiFormulas.turnoverDays(0, 0, 5, 1)).isEqualByComparingTo("0.0");
    }

    @Test
    void sellThroughIsSoldOverStartingStockPlusReceipts() {
        assertThat(KpiFormulas.sellThrough(18, 0, 100)).isEqualByComparingTo("0.1800");
        assertThat(KpiFormulas.sellThrough(5, 0, 5)).isEqualByComparingTo("1.0000");
        assertThat(KpiFormulas.sellThrough(0, 40, 0)).isEqualByComparingTo("0.0000");
    }

    @Test
    void sellThroughIsEmptyWithNothingToSell() {
        assertThat(KpiFormulas.sellThrough(0, 0, 0)).isNull();
    }

    @Test
    void stockOutRateIsStockedOutDaysOverCountedDays() {
        assertThat(KpiFormulas.stockOutRate(3, 30)).isEqualByComparingTo("0.1000");
        assertThat(KpiFormulas.stockOutRate(0, 0)).isNull();
    }

    @Test
    void tallyAddsFactsBeforeTakingRatios() {
        var a = new KpiTally();
        a.addStock(0, 82, 82, 18, 100, 0, Money.of("120.00"));
        a.addStockOut(0, 1);
        var b = new KpiTally();
        b.addStock(0, 0, 0, 5, 5, 0, Money.of("125.00"));
        b.addStockOut(1, 1);
        var total = new KpiTally();
        total.add(a);
        total.add(b);
        var m = total.measures(1);
        assertThat(m.unitsSold()).isEqualTo(23);
        assertThat(m.capitalTiedUp()).isEqualTo(Money.of("9840.00"));
        assertThat(m.sellThrough()).isEqualByComparingTo("0.2190");
        assertThat(m.turnoverDays()).isEqualByComparingTo("1.8");
        assertThat(m.stockOutRate()).isEqualByComparingTo("0.5000");
        assertThat(m.stockAgeDays()).isEqualByComparingTo("0.0");
    }

    @Test
    void periodDefaultsToTheLast30DaysEndingToday() {
        assertThat(KpiPeriod.parse(null, "", TODAY)).isEqualTo(new KpiPeriod(LocalDate.of(2026, 10, 27), TODAY, 30));
        assertThat(KpiPeriod.parse("2025-11-25", "2026-11-25", TODAY).days()).isEqualTo(366);
    }

    @Test
    void refusesBadPeriods() {
        assertField(() -> KpiPeriod.parse("2026-11-02", "2026-11-01", TODAY), "from");
        assertField(() -> KpiPeriod.parse("2025-11-24", "2026-11-25", TODAY), "from");
        assertField(() -> KpiPeriod.parse("2026-11-31", null, TODAY), "from");
        assertField(() -> KpiPeriod.parse(null, "yesterday", TODAY), "to");
        assertField(() -> KpiPeriod.parse(null, "2026-11-26", TODAY), "to");
    }

    @Test
    void sortsByWhitelistedFieldsWithEmptyValuesLast() {
        var slow = item("A", null);
        var fast = item("B", new BigDecimal("2.0"));
        var slower = item("C", new BigDecimal("9.0"));
        var items = new ArrayList<>(List.of(slow, fast, slower));
        items.sort(KpiSort.parse("turnoverDays,desc"));
        assertThat(items).extracting(KpiReport.Item::key).containsExactly("C", "B", "A");
        items.sort(KpiSort.parse("turnoverDays,asc"));
        assertThat(items).extracting(KpiReport.Item::key).containsExactly("B", "C", "A");
        assertField(() -> KpiSort.parse("cost;drop table,desc"), "sort");
        assertField(() -> KpiSort.parse("turnoverDays,up"), "sort");
    }

    static KpiReport.Item item(String key, BigDecimal turnover) {
        return new KpiReport.Item(key, key, 0, BigDecimal.ZERO, turnover, null, null, Money.ZERO, null);
    }

    static void assertField(ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        FieldErrorException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
