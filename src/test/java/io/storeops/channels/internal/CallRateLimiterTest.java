package io.storeops.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.channels.ChannelException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallRateLimiterTest {

    @Test
    void aFullSecondOfCallsPassesThenACallThatWouldWaitTooLongIsNotMade() {
        var limiter = new CallRateLimiter(5, Duration.ZERO);
        for (int i = 0; i < 5; i++) {
            limiter.acquire("TMALL");
        }
        assertThatThrownBy(() -> limiter.acquire("TMALL"))
                .isInstanceOfSatisfying(
                        ChannelException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(201)));
    }

    @Test
    void aCallerWaitsForItsTokenWhenAllowedTo() {
        var limiter = new CallRateLimiter(1000, Duration.ofSeconds(5));
        long started = System.nanoTime();
        for (int i = 0; i < 1100; i++) {
            limiter.acquire("JD");
        }
        // 1,000 tokens were there at once; the other 100 had to be earned at 1,000 per second
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(90));
    }

    @Test
    void refusesAZeroRate() {
        assertThatThrownBy(() -> new CallRateLimiter(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
