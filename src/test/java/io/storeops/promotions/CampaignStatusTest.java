package io.storeops.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.shared.ConflictException;
import org.junit.jupiter.api.Test;

class CampaignStatusTest {

    @Test
    void movesForwardPlanningSubmittedApprovedLive() {
        assertThat(CampaignStatus.PLANNING.canMoveTo(CampaignStatus.PENDING_APPROVAL))
                .isTrue();
        assertThat(CampaignStatus.PENDING_APPROVAL.canMoveTo(CampaignStatus.APPROVED))
                .isTrue();
        assertThat(CampaignStatus.APPROVED.canMoveTo(CampaignStatus.LIVE)).isTrue();
    }

    @Test
    void endsFromEveryStatusButEnded() {
        for (CampaignStatus status : CampaignStatus.values()) {
            assertThat(status.canMoveTo(CampaignStatus.ENDED))
                    .as(status.name())
                    .isEqualTo(status != CampaignStatus.ENDED);
        }
    }

    @Test
    void neverSkipsApprovalNorMovesBack() {
        assertThat(CampaignStatus.PLANNING.canMoveTo(CampaignStatus.APPROVED)).isFalse();
        assertThat(CampaignStatus.PENDING_APPROVAL.canMoveTo(CampaignStatus.LIVE))
                .isFalse();
        assertThat(CampaignStatus.APPROVED.canMoveTo(CampaignStatus.PLANNING)).isFalse();
        assertThat(CampaignStatus.LIVE.canMoveTo(CampaignStatus.APPROVED)).isFalse();
        assertThat(CampaignStatus.ENDED.next()).isEmpty();
    }

    @Test
    void aRefusedMoveNamesTheStatusTheStepNeeds() {
        assertThatThrownBy(() -> CampaignStatus.PLANNING.requireMoveTo(CampaignStatus.LIVE))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code() + ": " + e.userMessage())
                                .isEqualTo(
                                        "campaign-status: promotions.CAMPAIGN_STEP_NOT_ALLOWED{status=PLANNING, needed=APPROVED}"));
    }
}
