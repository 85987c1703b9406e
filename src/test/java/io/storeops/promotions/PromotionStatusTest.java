package io.storeops.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.shared.ConflictException;
import org.junit.jupiter.api.Test;

class PromotionStatusTest {

    @Test
    void aDraftOrPausedPromotionIsActivatedAndAnActiveOnePaused() {
        assertThat(PromotionStatus.DRAFT.canMoveTo(PromotionStatus.ACTIVE)).isTrue();
        assertThat(PromotionStatus.PAUSED.canMoveTo(PromotionStatus.ACTIVE)).isTrue();
        assertThat(PromotionStatus.ACTIVE.canMoveTo(PromotionStatus.PAUSED)).isTrue();
    }

    @Test
    void everyStatusButEndedEnds() {
        for (PromotionStatus status : PromotionStatus.values()) {
            assertThat(status.canMoveTo(PromotionStatus.ENDED))
                    .as(status.name())
                    .isEqualTo(status != PromotionStatus.ENDED);
        }
    }

    @Test
    void anEndedPromotionStaysEndedAndCannotBeEdited() {
        assertThat(PromotionStatus.ENDED.next()).isEmpty();
        assertThat(PromotionStatus.ENDED.editable()).isFalse();
        assertThat(PromotionStatus.PAUSED.editable()).isTrue();
        assertThatThrownBy(() -> PromotionStatus.ENDED.requireMoveTo(PromotionStatus.ACTIVE))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("promotion-ended"));
    }

    @Test
    void onlyAnActivePromotionIsPausedAndNoneReturnsToDraft() {
        for (PromotionStatus status : PromotionStatus.values()) {
            assertThat(status.canMoveTo(PromotionStatus.DRAFT))
                    .as(status.name())
                    .isFalse();
            if (status != PromotionStatus.ACTIVE) {
                assertThatThrownBy(() -> status.requireMoveTo(PromotionStatus.PAUSED))
                        .isInstanceOfSatisfying(
                                ConflictException.class,
                                e -> assertThat(e.code()).isEqualTo("not-active"));
            }
        }
    }
}
