package io.storeops.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storeops.channels.BreakerState;
import io.storeops.channels.ChannelException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChannelResilienceTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ChannelResilience resilience = new ChannelResilience(
            new ConnectionProperties(
                    List.of(),
                    List.of(),
                    new ConnectionProperties.Sync(
                            true,
                            500,
                            Duration.ofMillis(100),
                            Duration.ofSeconds(2),
                            3,
                            Duration.ofMillis(300),
                            Duration.ofSeconds(30)),
                    new ConnectionProperties.Pull(true, 100)),
            meters);

    void fail(String channel) {
        resilience.call(channel).orElseThrow().failed(new ChannelException(channel + " answered 503", null, 503));
    }

    @Test
    void theBreakerOpensAfterTheThresholdOfFailuresInARowThenOneTrialCallDecides() {
        fail("TMALL");
        fail("TMALL");
        resilience.call("TMALL").orElseThrow().succeeded();
        fail("TMALL");
        fail("TMALL");
        assertThat(resilience.breakerState("TMALL")).as("a success in between").isEqualTo(BreakerState.CLOSED);
        fail("TMALL");
        assertThat(resilience.breakerState("TMALL")).isEqualTo(BreakerState.OPEN);
        assertThat(resilience.call("TMALL")).isEmpty();
        assertThat(resilience.allows("TMALL")).isFalse();

        await().atMost(Duration.ofSeconds(3)).until(() -> resilience.allows("TMALL"));
        assertThat(resilience.breakerState("TMALL")).isEqualTo(BreakerState.HALF_OPEN);
        var trial = resilience.call("TMALL").orElseThrow();
        assertThat(resilience.call("TMALL")).as("one trial at a time").isEmpty();
        trial.succeeded();
        assertThat(resilience.breakerState("TMALL")).isEqualTo(BreakerState.CLOSED);
        assertThat(resilience.breakerState("JD")).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void callsOurOwnRateLimiterDidNotLetOutAndCallsNotMadeDoNotCount() {
        for (int i = 0; i < 5; i++) {
            resilience
                    .call("JD")
                    .orElseThrow()
                    .failed(new ChannelResilience.CallNotMade("JD: own call rate limit reached", null));
            resilience.call("JD").orElseThrow().notMade();
        }
        assertThat(resilience.breakerState("JD")).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void theRateLimiterSpacesCallsAndRefusesOneThatWouldWaitLongerThanTheTimeout() {
        var paced = resilience.rateLimiter("DOUYIN", 100, Duration.ofSeconds(5));
        long started = System.nanoTime();
        for (int i = 0; i < 21; i++) {
            ChannelResilience.pace(paced, "DOUYIN");
        }
        // one call every 10 ms, no burst: the 21st call cannot leave before 200 ms
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(190));

        var impatient = resilience.rateLimiter("DOUYIN", 5, Duration.ZERO);
        ChannelResilience.pace(impatient, "DOUYIN");
        assertThatThrownBy(() -> ChannelResilience.pace(impatient, "DOUYIN"))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.isPermanent()).isFalse();
                    assertThat(e.retryAfter()).isPositive();
                });
        assertThatThrownBy(() -> resilience.rateLimiter("DOUYIN", 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBackOffGrowsExponentiallyWithJitterUpToTheCap() {
        for (int i = 0; i < 200; i++) {
            assertThat(resilience.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(150));
            assertThat(resilience.backoff(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(600));
            assertThat(resilience.backoff(30)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        }
        assertThat(IntStream.range(0, 50)
                        .mapToObj(i -> resilience.backoff(2))
                        .distinct()
                        .count())
                .as("jittered")
                .isGreaterThan(1);
    }

    @Test
    void readsAreRetriedOnPassingFailuresOnly() {
        var retry = resilience.readRetry("TMALL");
        int[] calls = {0};
        assertThat(retry.executeSupplier(() -> {
                    if (++calls[0] < 3) {
                        throw new ChannelException("TMALL answered 503", null, 503);
                    }
                    return "page";
                }))
                .isEqualTo("page");
        calls[0] = 0;
        assertThatThrownBy(() -> retry.executeSupplier(() -> {
                    calls[0]++;
                    throw new ChannelException("TMALL answered 400", null, 400);
                }))
                .isInstanceOf(ChannelException.class);
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void theGuardsShowAsMicrometerMeters() {
        fail("TMALL");
        resilience.rateLimiter("TMALL", 40, Duration.ofSeconds(5));
        assertThat(meters.find("resilience4j.circuitbreaker.state")
                        .tag("name", "TMALL")
                        .gauges())
                .isNotEmpty();
        assertThat(meters.find("resilience4j.circuitbreaker.calls")
                        .tag("name", "TMALL")
                        .tag("kind", "failed")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.find("resilience4j.ratelimiter.available.permissions")
                        .tag("name", "TMALL")
                        .gauge())
                .isNotNull();
    }
}
