package io.storeops.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How every benchmark states its figures and its targets: percentiles only over enough samples, ratios with three
 * significant digits and judged unrounded, and an exit status that is non-zero when any target was missed.
 *
 * <pre>{@code
 * var verdict = new Verdict("Sync lag");
 * verdict.require("lag p99 < 1 s", lags.percentile(0.99) < 1.0, lags.describe("s"));
 * verdict.exit();
 * }</pre>
 */
public final class Verdict {

    /** Fewer samples than this and a p99 says nothing: report "max of N" instead. */
    public static final int MIN_SAMPLES_FOR_P99 = 1_000;

    private final String benchmark;
    private final List<String> lines = new ArrayList<>();
    private boolean missed;

    public Verdict(String benchmark) {
        this.benchmark = benchmark;
    }

    /** Records one target; {@code met} must be computed from unrounded values. */
    public Verdict require(String target, boolean met, String figure) {
        lines.add((met ? "MET     " : "MISSED  ") + target + " — " + figure);
        missed |= !met;
        return this;
    }

    /** Records a check that must hold for the figures to count at all (end-state checks, invalid answers, …). */
    public Verdict check(String what, boolean holds, String detail) {
        lines.add((holds ? "OK      " : "FAILED  ") + what + " — " + detail);
        missed |= !holds;
        return this;
    }

    public boolean passed() {
        return !missed;
    }

    /** Prints the verdict and ends the JVM: 0 when every target was met and every check held, 1 otherwise. */
    public void exit() {
        System.out.println();
        System.out.println("== " + benchmark + ": " + (missed ? "TARGET MISSED" : "all targets met") + " ==");
        lines.forEach(line -> System.out.println("  " + line));
        System.out.flush();
        System.exit(missed ? 1 : 0);
    }

    /** A ratio with three significant digits, e.g. 0.4996 → "0.500", 12.345 → "12.3"; never rounded into a pass. */
    public static String ratio(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(value).round(new MathContext(3)).toPlainString();
    }

    /**
     * A set of samples (nanoseconds, milliseconds, seconds — the caller's unit) with percentiles that refuse to
     * pretend: {@link #describe} prints p50/p99 only over at least {@link #MIN_SAMPLES_FOR_P99} samples.
     */
    public static final class Samples {
        private double[] values = new double[1024];
        private int size;
        private boolean sorted = true;

        public synchronized void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            sorted = false;
        }

        public synchronized void addAll(Samples other) {
            double[] copy;
            int n;
            synchronized (other) {
                copy = other.values;
                n = other.size;
            }
            for (int i = 0; i < n; i++) {
                add(copy[i]);
            }
        }

        public synchronized int count() {
            return size;
        }

        /** True when there are enough samples for a p99 to mean something. */
        public synchronized boolean enoughForP99() {
            return size >= MIN_SAMPLES_FOR_P99;
        }

        /** The nearest-rank percentile ({@code p} in 0..1); the max when there are no more samples than that. */
        public synchronized double percentile(double p) {
            if (size == 0) {
                return Double.NaN;
            }
            sort();
            return values[Math.min(size - 1, Math.max(0, (int) Math.ceil(p * size) - 1))];
        }

        public synchronized double max() {
            return percentile(1.0);
        }

        /** "p50 0.031 s, p99 0.402 s, max 0.511 s over 12,345 samples", or "max of 37: 0.511 s" when too few. */
        public synchronized String describe(String unit) {
            if (size == 0) {
                return "no samples";
            }
            if (!enoughForP99()) {
                return String.format(Locale.ROOT, "max of %,d: %.3f %s (too few samples for a p99)", size, max(), unit);
            }
            return String.format(
                    Locale.ROOT,
                    "p50 %.3f %s, p99 %.3f %s, max %.3f %s over %,d samples",
                    percentile(0.50),
                    unit,
                    percentile(0.99),
                    unit,
                    max(),
                    unit,
                    size);
        }

        /** Whether the p99 is below {@code limit}: false (a miss) when there are too few samples to tell. */
        public synchronized boolean p99Below(double limit) {
            return enoughForP99() && percentile(0.99) < limit;
        }

        private void sort() {
            if (!sorted) {
                Arrays.sort(values, 0, size);
                sorted = true;
            }
        }
    }
}
