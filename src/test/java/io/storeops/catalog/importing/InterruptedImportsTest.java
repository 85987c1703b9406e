package io.storeops.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class InterruptedImportsTest {

    @LocalServerPort
    int port;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    InterruptedImports interruptedImports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failsTheJobsARestartInterrupted() {
        ImportJob validating = jobs.create("left-validating.csv", "admin");
        ImportJob importing = jobs.create("left-importing.csv", "admin");
        jobs.save(importing.counted(10).importing());

        interruptedImports.afterSingletonsInstantiated();

        ApiClient admin = ApiClient.admin(port);
        for (long id : new long[] {validating.id(), importing.id()}) {
            JsonNode job = admin.get("/api/v1/catalog/imports/" + id).json();
            assertThat(job.get("status").asString()).isEqualTo("FAILED");
            assertThat(job.get("finishedAt").isNull()).isFalse();
            JsonNode message = job.get("errors").get(0).get("message");
            assertThat(message.get("code").asString()).isEqualTo("catalog.IMPORT_INTERRUPTED");
            assertThat(message.get("message").asString()).contains("interrupted by a restart");
        }
    }

    @Test
    void readsErrorsStoredAsTextBeforeTheyWereCodes() {
        ImportJob old = jobs.create("old.csv", "admin");
        jdbc.sql("""
                        update catalog.import_jobs set status = 'FAILED', finished_at = now(),
                            errors = '[{"row":0,"column":"file","message":"文件是空的 / the file is empty"}]'
                        where id = ?""").param(old.id()).update();

        JsonNode message = ApiClient.admin(port)
                .get("/api/v1/catalog/imports/" + old.id())
                .json()
                .get("errors")
                .get(0)
                .get("message");

        assertThat(message.get("code").asString()).isEqualTo("catalog.IMPORT_LEGACY_TEXT");
        assertThat(message.get("message").asString()).isEqualTo("文件是空的 / the file is empty");
    }
}
