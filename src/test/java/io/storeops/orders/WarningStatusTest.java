package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarningStatusTest {

    @Test
    void anOpenWarningCanOnlyBeResolved() {
        assertThat(WarningStatus.OPEN.next()).containsExactly(WarningStatus.RESOLVED);
        assertThat(WarningStatus.OPEN.canMoveTo(WarningStatus.RESOLVED)).isTrue();
        assertThat(WarningStatus.OPEN.canMoveTo(WarningStatus.OPEN)).isFalse();
    }

    @Test
    void aResolvedWarningStaysResolved() {
        assertThat(WarningStatus.RESOLVED.next()).isEmpty();
        for (WarningStatus to : WarningStatus.values()) {
            assertThat(WarningStatus.RESOLVED.canMoveTo(to))
                    .as("RESOLVED → %s", to)
                    .isFalse();
        }
    }
}
