package io.storeops.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotFoundExceptionTest {

    @Test
    void namesItsKindByCodeAndByTheApisWord() {
        var missing = new NotFoundException(ResourceKind.IMPORT_JOB, 7);

        assertThat(missing.kind().code()).isEqualTo("shared.KIND_IMPORT_JOB");
        assertThat(missing.kind().apiName()).isEqualTo("import-job");
        assertThat(missing.id()).isEqualTo("7");
    }
}
