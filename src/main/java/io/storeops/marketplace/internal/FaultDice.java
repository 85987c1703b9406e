package io.storeops.marketplace.internal;

import io.storeops.marketplace.Faults;
import java.util.Random;

/**
 * Decides the faults of each request of one shop. Every roll draws the same number of random values whatever the
 * outcome, so a seeded shop answers the same sequence of requests with the same sequence of faults.
 */
final class FaultDice {

    private Faults faults = Faults.NONE;
    private Random random = new Random();

    synchronized Faults faults() {
        return faults;
    }

    synchronized void set(Faults faults) {
        this.faults = faults;
        this.random = faults.seed() == null ? new Random() : new Random(faults.seed());
    }

    synchronized FaultPlan roll() {
        double failure = random.nextDouble();
        boolean unavailable = random.nextBoolean();
        double latency = random.nextDouble();
        double timeout = random.nextDouble();
        double drop = random.nextDouble();
        int failureStatus = failure < faults.failureRate() ? (unavailable ? 503 : 500) : 0;
        long sleepMs = (latency < faults.latencyRate() ? faults.latencyMs() : 0)
                + (timeout < faults.timeoutRate() ? faults.timeoutMs() : 0);
        return new FaultPlan(failureStatus, Math.min(sleepMs, Faults.MAX_SLEEP_MS), drop < faults.dropRate());
    }
}
