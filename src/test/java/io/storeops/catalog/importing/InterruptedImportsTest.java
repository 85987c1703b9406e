package io.storeops.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class InterruptedImportsTest {

    @LocalServerPort
    int port;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    InterruptedImports interruptedImports;

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
            assertThat(job.get("errors").get(0).get("message").asString()).contains("interrupted by a restart");
        }
    }
}
