package io.storeops.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListingStatusTest {

    @Test
    void followsDraftReadyListedDelisted() {
        assertThat(ListingStatus.DRAFT.canMoveTo(ListingStatus.READY)).isTrue();
        assertThat(ListingStatus.READY.canMoveTo(ListingStatus.LISTED)).isTrue();
        assertThat(ListingStatus.LISTED.canMoveTo(ListingStatus.DELISTED)).isTrue();
        assertThat(ListingStatus.DELISTED.canMoveTo(ListingStatus.LISTED)).isTrue();
    }

    @Test
    void cannotSkipReviewOrReturnToDraftFromLive() {
        assertThat(ListingStatus.DRAFT.canMoveTo(ListingStatus.LISTED)).isFalse();
        assertThat(ListingStatus.LISTED.canMoveTo(ListingStatus.DRAFT)).isFalse();
        assertThat(ListingStatus.DRAFT.canMoveTo(ListingStatus.DRAFT)).isFalse();
    }

    @Test
    void onlyReadyAndListedDemandCompliance() {
        assertThat(ListingStatus.READY.requiresCompliance()).isTrue();
        assertThat(ListingStatus.LISTED.requiresCompliance()).isTrue();
        assertThat(ListingStatus.DELISTED.requiresCompliance()).isFalse();
        assertThat(ListingStatus.DRAFT.requiresCompliance()).isFalse();
    }
}
