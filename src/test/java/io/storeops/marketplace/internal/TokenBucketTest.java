package io.storeops.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    final AtomicLong nanos = new AtomicLong(1_000);
    final TokenBucket bucket = new TokenBucket(4, nanos::get);

    @Test
    void grantsOneSecondsWorthAtOnceThenRefuses() {
        for (int i = 0; i < 4; i++) {
            assertThat(bucket.tryAcquire()).isZero();
        }
        assertThat(bucket.tryAcquire()).isEqualTo(250_000_000L);
    }

    @Test
    void refillsContinuouslyAtTheConfiguredRate() {
        for (int i = 0; i < 4; i++) {
            bucket.tryAcquire();
        }
        nanos.addAndGet(100_000_000L);
        assertThat(bucket.tryAcquire()).isEqualTo(150_000_000L);
        nanos.addAndGet(150_000_000L);
        assertThat(bucket.tryAcquire()).isZero();
        assertThat(bucket.tryAcquire()).isPositive();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        nanos.addAndGet(60_000_000_000L);
        for (int i = 0; i < 4; i++) {
            assertThat(bucket.tryAcquire()).isZero();
        }
        assertThat(bucket.tryAcquire()).isPositive();
    }
}
