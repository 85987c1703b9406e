package io.storeops.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.channels.OrderPush.Status;
import org.junit.jupiter.api.Test;

class OrderPushStatusTest {

    @Test
    void aPendingPushIsEitherPushedOrGivenUpOn() {
        assertThat(Status.PENDING.canMoveTo(Status.PUSHED)).isTrue();
        assertThat(Status.PENDING.canMoveTo(Status.FAILED)).isTrue();
        assertThat(Status.PENDING.canMoveTo(Status.PENDING)).isFalse();
    }

    @Test
    void pushedAndFailedAreFinal() {
        for (Status status : Status.values()) {
            assertThat(Status.PUSHED.canMoveTo(status)).as("PUSHED → " + status).isFalse();
            assertThat(Status.FAILED.canMoveTo(status)).as("FAILED → " + status).isFalse();
        }
    }
}
