package io.storeops.marketplace;

/**
 * Faults a simulated shop injects into its API answers, each rate a probability per request in {@code [0, 1]}:
 * {@code failureRate} answers 500/503 before anything is applied; {@code latencyRate} sleeps {@code latencyMs} before
 * answering; {@code timeoutRate} sleeps {@code timeoutMs} (longer than a sane client timeout) and then applies the
 * change late; {@code dropRate} applies the change and then answers 502 without a body. A {@code seed} makes the
 * sequence of faults reproducible; without one it is random.
 */
public record Faults(
        double failureRate,
        long latencyMs,
        double latencyRate,
        double dropRate,
        double timeoutRate,
        long timeoutMs,
        Long seed) {

    /** Upper bound of any injected sleep, so a misconfigured fault cannot hold a thread for ever. */
    public static final long MAX_SLEEP_MS = 120_000;

    public static final long DEFAULT_TIMEOUT_MS = 30_000;

    public static final Faults NONE = new Faults(0, 0, 0, 0, 0, DEFAULT_TIMEOUT_MS, null);

    public Faults {
        requireRate("failureRate", failureRate);
        requireRate("latencyRate", latencyRate);
        requireRate("dropRate", dropRate);
        requireRate("timeoutRate", timeoutRate);
        requireSleep("latencyMs", latencyMs);
        requireSleep("timeoutMs", timeoutMs);
    }

    /** Only failures at the given rate, reproducible from the seed. */
    public static Faults failing(double failureRate, long seed) {
        return new Faults(failureRate, 0, 0, 0, 0, DEFAULT_TIMEOUT_MS, seed);
    }

    /** Only dropped responses at the given rate, reproducible from the seed. */
    public static Faults dropping(double dropRate, long seed) {
        return new Faults(0, 0, 0, dropRate, 0, DEFAULT_TIMEOUT_MS, seed);
    }

    private static void requireRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + rate);
        }
    }

    private static void requireSleep(String name, long millis) {
        if (millis < 0 || millis > MAX_SLEEP_MS) {
            throw new IllegalArgumentException(name + " must be between 0 and " + MAX_SLEEP_MS + ", was " + millis);
        }
    }
}
