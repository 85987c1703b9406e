package io.storeops.promotions.engine;

import java.math.BigDecimal;

/**
 * Amounts in fen (1 yuan = 100 fen), the engine's only money representation. Rates are basis points of the price
 * paid (8.5折 = 8500) and are applied with half-up rounding to the fen.
 */
public final class Fen {

    /** 10000 basis points: the full price. */
    public static final int FULL_RATE = 10_000;

    private Fen() {}

    /** {@code 15276 → "152.76"}, {@code -5 → "-0.05"}. */
    public static String format(long fen) {
        long abs = Math.abs(fen);
        long cents = abs % 100;
        return (fen < 0 ? "-" : "") + (abs / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    /** Yuan without a zero fraction, for rule names: {@code 30000 → "300"}, {@code 29950 → "299.50"}. */
    public static String yuan(long fen) {
        String s = format(fen);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
    }

    /** {@code "152.76" → 15276}; more than two decimals are rejected, never rounded. */
    public static long parse(String yuan) {
        try {
            return new BigDecimal(yuan.trim()).movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("at most two decimals: " + yuan, e);
        }
    }

    /** The price paid at {@code rateBp} basis points, rounded half-up to the fen: {@code (fen × rate + 5000) / 10000}. */
    public static long applyRate(long fen, int rateBp) {
        return (fen * rateBp + FULL_RATE / 2) / FULL_RATE;
    }

    static void checkRate(int rateBp) {
        if (rateBp < 0 || rateBp > FULL_RATE) {
            throw new IllegalArgumentException("rate must be 0–10000 bp: " + rateBp);
        }
    }
}
