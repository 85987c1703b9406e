package io.storeops.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.storeops.platform.ImportRowError;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** An upload refused because every import worker is busy answers 503 with a code the console translates. */
class ImportsBusyTest {

    private final List<ImportJob> saved = new ArrayList<>();
    private final ImportJobRepository jobs = new ImportJobRepository(null, null) {
        @Override
        ImportJob create(String fileName, String createdBy) {
            return new ImportJob(7, fileName, ImportStatus.VALIDATING, 0, 0, 0, 0, List.of(), Instant.now(), null);
        }

        @Override
        void save(ImportJob job) {
            saved.add(job);
        }
    };
    private final ImportWorkers fullPool = new ImportWorkers(null, new ImportProperties(1, 1, 1)) {
        @Override
        void submit(ImportJob job, FileFormat format, byte[] content) {
            throw new TaskRejectedException("full");
        }
    };
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(
                    new ImportController(new ProductImports(jobs, fullPool, Clock.systemUTC()), null))
            .build();

    @Test
    void answersServiceUnavailableWithRetryAfterAndAMessageCode() throws Exception {
        var file = new MockMultipartFile(
                "file", "products.csv", "text/csv", "spu_code\nA\n".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/catalog/imports").file(file))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.type").value("https://storeops.io/problems/import-busy"))
                .andExpect(jsonPath("$.code").value("catalog.IMPORT_BUSY_RETRY"))
                .andExpect(jsonPath("$.detail").value("Too many imports at once; try again later"));

        fullPool.destroy();
        assertThat(saved).singleElement().satisfies(job -> {
            assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(job.errors())
                    .extracting(ImportRowError::message)
                    .extracting(m -> m.code())
                    .containsExactly("catalog.IMPORT_BUSY");
        });
    }
}
