package io.storeops.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotFoundExceptionTest {

    @Test
    void namesItsKindByCodeAndByTheApisWord() {
        var missing = new NotFoundException(ResourceKind.IMPORT_JOB, 7);

        assertThat(missing.kind().code()).isEqualTo("shared.KIND_IMPORT_JOB");
        assertThat(missing.kind().apiName()).isEqualTo("import-job");
        assertThat(missing.id()).isEqualTo("7");
    }

    @Test
    @SuppressWarnings("removal")
    void readsTheEnglishNounsOfTheOldConstructorAsKinds() {
        assertThat(new NotFoundException("Open warning", 3).kind()).isEqualTo(ResourceKind.OPEN_WARNING);
        assertThat(new NotFoundException("Order", "SO-1").kind()).isEqualTo(ResourceKind.ORDER);
        assertThatThrownBy(() -> new NotFoundException("Gadget", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
