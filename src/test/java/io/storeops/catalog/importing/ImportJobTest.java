package io.storeops.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.storeops.platform.ImportRowError;
import io.storeops.shared.Message;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportJobTest {

    private final ImportJob validating =
            new ImportJob(1, "f.csv", ImportStatus.VALIDATING, 0, 0, 0, 0, List.of(), Instant.EPOCH, null);

    @Test
    void completesOnlyAfterImporting() {
        assertThatIllegalStateException().isThrownBy(() -> validating.completed(1, 1, Instant.now()));

        ImportJob done = validating.counted(3).importing().completed(2, 3, Instant.now());

        assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(done.processedRows()).isEqualTo(3);
    }

    @Test
    void cannotFailOnceFinished() {
        ImportJob failed = validating.failed(
                List.of(ImportRowError.ofFile(Message.of(ImportingMessage.IMPORT_FAILED))), Instant.now());

        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThatIllegalStateException().isThrownBy(() -> failed.failed(List.of(), Instant.now()));
        assertThatIllegalStateException().isThrownBy(failed::importing);
    }
}
