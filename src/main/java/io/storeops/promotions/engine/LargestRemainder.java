package io.storeops.promotions.engine;

import java.math.BigInteger;

/**
 * Splits an amount in fen over weights (line amounts) in proportion, exactly: every share is first rounded down, then
 * the fen left over go one each to the largest fractional remainders; ties go to the larger weight, then to the
 * earlier position (the earlier line in the cart). A share never exceeds its weight when the amount does not exceed
 * the sum of the weights.
 */
final class LargestRemainder {

    private LargestRemainder() {}

    static long[] split(long amount, long[] weights) {
        int m = weights.length;
        long[] shares = new long[m];
        if (amount == 0) {
            return shares;
        }
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        if (amount < 0 || amount > sum) {
            throw new IllegalArgumentException("cannot split " + amount + " over " + sum);
        }
        long[] remainders = new long[m];
        long given = 0;
        for (int i = 0; i < m; i++) {
            long w = weights[i];
            long hi = Math.multiplyHigh(amount, w);
            long product = amount * w;
            if (hi == 0 && product >= 0) {
                shares[i] = product / sum;
                remainders[i] = product % sum;
            } else {
                BigInteger[] qr = BigInteger.valueOf(amount)
                        .multiply(BigInteger.valueOf(w))
                        .divideAndRemainder(BigInteger.valueOf(sum));
                shares[i] = qr[0].longValueExact();
                remainders[i] = qr[1].longValueExact();
            }
            given += shares[i];
        }
        for (long left = amount - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < m; i++) {
                long r = remainders[i];
                if (r > 0
                        && (best < 0
                                || r > remainders[best]
                                || (r == remainders[best] && weights[i] > weights[best]))) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = 0;
        }
        return shares;
    }
}
