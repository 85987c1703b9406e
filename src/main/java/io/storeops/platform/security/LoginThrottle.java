package io.storeops.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Slows down password guessing: after 5 failures a username is locked out for 5 minutes. */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(5);
    static final int MAX_TRACKED = 10_000;

    private final Clock clock = Clock.systemUTC();
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    void check(String username) {
        var f = failures.get(key(username));
        if (f != null && f.count() >= MAX_FAILURES && f.last().plus(LOCKOUT).isAfter(clock.instant())) {
            throw new LockedOutException();
        }
    }

    void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(LOCKOUT).isBefore(now));
        }
        failures.merge(
                key(username),
                new Failures(1, now),
                (a, b) ->
                        a.last().plus(LOCKOUT).isBefore(now) ? new Failures(1, now) : new Failures(a.count() + 1, now));
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.trim().toLowerCase();
    }

    private record Failures(int count, Instant last) {}

    /** Too many failed logins for this username recently. */
    static class LockedOutException extends RuntimeException {
        LockedOutException() {
            super("登录失败次数过多，请 5 分钟后再试 / Too many failed logins, try again in 5 minutes");
        }
    }
}
