package io.storeops.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of Chinese yuan (CNY) with two decimal places. Never backed by a {@code double}: amounts given
 * with more than two decimals are rejected rather than silently rounded.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has more than two decimals");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** {@code 15276 → 152.76}. */
    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount.trim()));
    }

    @JsonValue
    @Override
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The amount as plain text, {@code "50.00"}: what JSON, files and message arguments show. For two decimals this is
     * {@link BigDecimal#toString()}, which the decimal computes once and keeps.
     */
    public String plain() {
        return amount.toString();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Multiplies by a factor and rounds half-up to the fen, as receipts do. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(2, RoundingMode.HALF_UP));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return "¥" + amount.toPlainString();
    }
}
