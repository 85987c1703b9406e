package io.storeops.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.shared.ConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CouponStatusTest {

    private static final Instant NOW = Instant.parse("2026-12-12T00:00:00Z");

    @Test
    void aDraftOrPausedTemplateIsActivatedAndAnActiveOnePaused() {
        assertThat(CouponStatus.DRAFT.next()).containsExactly(CouponStatus.ACTIVE);
        assertThat(CouponStatus.PAUSED.next()).containsExactly(CouponStatus.ACTIVE);
        assertThat(CouponStatus.ACTIVE.next()).containsExactly(CouponStatus.PAUSED);
    }

    @Test
    void aDraftIsNotPausedAndNothingReturnsToDraft() {
        assertThatThrownBy(() -> CouponStatus.DRAFT.requireMoveTo(CouponStatus.PAUSED))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("coupon-status"));
        for (CouponStatus status : CouponStatus.values()) {
            assertThat(status.canMoveTo(CouponStatus.DRAFT)).as(status.name()).isFalse();
        }
    }

    @Test
    void aClaimIsUsableUntilItIsRedeemedOrItsValidityEnds() {
        assertThat(ClaimStatus.of(null, NOW.plusSeconds(1), NOW)).isEqualTo(ClaimStatus.USABLE);
        assertThat(ClaimStatus.of(null, NOW, NOW)).isEqualTo(ClaimStatus.EXPIRED);
        assertThat(ClaimStatus.of(NOW.minusSeconds(60), NOW.plusSeconds(1), NOW))
                .isEqualTo(ClaimStatus.REDEEMED);
        assertThat(ClaimStatus.of(NOW.minusSeconds(60), NOW.minusSeconds(1), NOW))
                .as("redeemed before it expired")
                .isEqualTo(ClaimStatus.REDEEMED);
    }
}
