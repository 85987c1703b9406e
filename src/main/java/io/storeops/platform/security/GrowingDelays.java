package io.storeops.platform.security;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A delay before each password check of a username that failed many times recently, from whatever address: none for
 * the first {@value #FREE_FAILURES} failures, then {@link #FIRST} doubling per failure up to {@link #MAX}; forgotten
 * {@link #FORGET_AFTER} after the last failure. It slows guessing without ever refusing, so no outsider can lock a
 * user out. Kept per instance: the hard limit (the per-address bucket) is the shared one.
 */
final class GrowingDelays {

    static final int FREE_FAILURES = 10;
    static final Duration FIRST = Duration.ofMillis(250);
    static final Duration MAX = Duration.ofSeconds(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private final ConcurrentHashMap<String, Recent> recent = new ConcurrentHashMap<>();

    /** The delay after this many recent failures. */
    static Duration after(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 16);
        var delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(MAX) > 0 ? MAX : delay;
    }

    /** Waits the delay this username has earned; a deliberate tarpit on the login request's (virtual) thread. */
    void await(String username) {
        var failures = recent.get(username);
        long now = System.nanoTime();
        if (failures == null || failures.forgotten(now)) {
            return;
        }
        var delay = after(failures.count());
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void failed(String username) {
        long now = System.nanoTime();
        if (recent.size() > MAX_TRACKED) {
            recent.values().removeIf(r -> r.forgotten(now));
        }
        recent.merge(
                username,
                new Recent(1, now),
                (old, one) -> old.forgotten(now) ? one : new Recent(old.count() + 1, now));
    }

    private record Recent(int count, long lastNanos) {
        boolean forgotten(long now) {
            return now - lastNanos > FORGET_AFTER.toNanos();
        }
    }
}
