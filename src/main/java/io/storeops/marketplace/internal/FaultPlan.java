package io.storeops.marketplace.internal;

/**
 * The faults chosen for one request: sleep {@code sleepMs} first, then fail with {@code failureStatus} (0 = no
 * failure) before applying anything, or apply and then {@code drop} the answer.
 */
public record FaultPlan(int failureStatus, long sleepMs, boolean drop) {

    public static final FaultPlan NONE = new FaultPlan(0, 0, false);
}
