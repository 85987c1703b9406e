package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefundStatusTest {

    @Test
    void aPendingRefundIsEitherPaidOrRejected() {
        assertThat(RefundStatus.PENDING.next()).containsExactlyInAnyOrder(RefundStatus.REFUNDED, RefundStatus.REJECTED);
        assertThat(RefundStatus.PENDING.canMoveTo(RefundStatus.REFUNDED)).isTrue();
        assertThat(RefundStatus.PENDING.canMoveTo(RefundStatus.REJECTED)).isTrue();
    }

    @Test
    void aDecidedRefundStaysDecided() {
        for (RefundStatus decided : new RefundStatus[] {RefundStatus.REFUNDED, RefundStatus.REJECTED}) {
            assertThat(decided.next()).as(decided.name()).isEmpty();
            for (RefundStatus to : RefundStatus.values()) {
                assertThat(decided.canMoveTo(to)).as("%s → %s", decided, to).isFalse();
            }
        }
    }

    @Test
    void neverMovesBackToPending() {
        for (RefundStatus from : RefundStatus.values()) {
            assertThat(from.canMoveTo(RefundStatus.PENDING)).as(from.name()).isFalse();
        }
    }
}
