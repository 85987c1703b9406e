package io.storeops.marketplace.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money on the simulated marketplace: yuan with at most two decimals, never negative. */
public final class Amounts {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Amounts() {}

    /**
     * Checks an amount and brings it to two decimals.
     *
     * @throws MarketplaceException 400 naming {@code field} when the amount is negative or has more than two decimals
     */
    public static BigDecimal require(BigDecimal amount, String field) {
        if (amount == null) {
            throw MarketplaceException.badRequest(field + " is required");
        }
        if (amount.signum() < 0) {
            throw MarketplaceException.badRequest(field + " must be >= 0");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw MarketplaceException.badRequest(field + " must have at most 2 decimals");
        }
        if (amount.compareTo(new BigDecimal("100000000")) >= 0) {
            throw MarketplaceException.badRequest(field + " must be below 100000000");
        }
        return of(amount);
    }

    /** The amount with exactly two decimals. */
    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount as the marketplace writes it in JSON: a decimal string with two decimals, e.g. {@code "129.00"}. */
    public static String format(BigDecimal amount) {
        return amount == null ? null : of(amount).toPlainString();
    }
}
