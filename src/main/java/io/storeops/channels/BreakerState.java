package io.storeops.channels;

/**
 * Where a channel's circuit breaker stands: {@code CLOSED} lets calls through, {@code OPEN} refuses them for a pause
 * after repeated failures, {@code HALF_OPEN} lets trial calls decide whether it closes again. The breaker itself
 * (Resilience4j) moves between them; the other states are Resilience4j's manual ones, which StoreOps does not use.
 */
public enum BreakerState {
    CLOSED,
    OPEN,
    HALF_OPEN,
    FORCED_OPEN,
    DISABLED,
    METRICS_ONLY
}
