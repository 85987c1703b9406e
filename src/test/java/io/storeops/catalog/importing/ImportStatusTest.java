package io.storeops.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportStatusTest {

    @Test
    void followsValidatingImportingCompleted() {
        assertThat(ImportStatus.VALIDATING.canMoveTo(ImportStatus.IMPORTING)).isTrue();
        assertThat(ImportStatus.IMPORTING.canMoveTo(ImportStatus.COMPLETED)).isTrue();
    }

    @Test
    void failsAtAnyPointBeforeItFinished() {
        assertThat(ImportStatus.VALIDATING.canMoveTo(ImportStatus.FAILED)).isTrue();
        assertThat(ImportStatus.IMPORTING.canMoveTo(ImportStatus.FAILED)).isTrue();
    }

    @Test
    void cannotSkipImportingGoBackOrLeaveTheEnd() {
        assertThat(ImportStatus.VALIDATING.canMoveTo(ImportStatus.COMPLETED)).isFalse();
        assertThat(ImportStatus.IMPORTING.canMoveTo(ImportStatus.VALIDATING)).isFalse();
        for (ImportStatus status : ImportStatus.values()) {
            assertThat(ImportStatus.COMPLETED.canMoveTo(status))
                    .as("COMPLETED → " + status)
                    .isFalse();
            assertThat(ImportStatus.FAILED.canMoveTo(status))
                    .as("FAILED → " + status)
                    .isFalse();
        }
    }
}
