package io.storeops.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Stock age by FIFO: the units on hand are taken to be the most recent receipts (older ones left first), each unit as
 * old as its receipt. Units no receipt covers (positive stock-take adjustments) count from a given fallback time.
 */
final class FifoStockAge {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private FifoStockAge() {}

    /** One receipt of goods (inbound, return, transfer in). */
    record Receipt(Instant at, int quantity) {}

    /** The sum over the units on hand of their age in seconds at {@code now} ("unit-seconds"). */
    static long unitSeconds(int onHand, List<Receipt> receipts, Instant uncoveredSince, Instant now) {
        List<Receipt> newestFirst = receipts.stream()
                .sorted(Comparator.comparing(Receipt::at).reversed())
                .toList();
        long remaining = Math.max(onHand, 0);
        long total = 0;
        for (Receipt receipt : newestFirst) {
            if (remaining == 0) {
                break;
            }
            long units = Math.min(remaining, Math.max(receipt.quantity(), 0));
            total = Math.addExact(total, Math.multiplyExact(units, ageSeconds(receipt.at(), now)));
            remaining -= units;
        }
        if (remaining > 0 && uncoveredSince != null) {
            total = Math.addExact(total, Math.multiplyExact(remaining, ageSeconds(uncoveredSince, now)));
        }
        return total;
    }

    /** The on-hand-weighted average age in days (one decimal), or null without stock. */
    static BigDecimal ageDays(long unitSeconds, long onHand) {
        if (onHand <= 0) {
            return null;
        }
        return BigDecimal.valueOf(unitSeconds)
                .divide(BigDecimal.valueOf(onHand).multiply(SECONDS_PER_DAY), 1, RoundingMode.HALF_UP);
    }

    private static long ageSeconds(Instant at, Instant now) {
        return Math.max(0, Duration.between(at, now).toSeconds());
    }
}
