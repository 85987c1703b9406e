package io.storeops.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps committed data when the JVM running it is killed with SIGKILL: the next start stops the
 * orphaned PostgreSQL left behind and finds the data.
 */
class EmbeddedPostgresCrashTest {

    @Test
    void committedDataSurvivesKillDashNineOfTheApplication() throws Exception {
        Path dataDir = Paths.get(
                System.getProperty("storeops.test.build-dir", "target"), "crash-postgres-" + System.nanoTime());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWriter.class.getName(),
                        dataDir.toString()))
                .redirectErrorStream(true)
                .start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean committed = false;
            while (!committed && (line = out.readLine()) != null) {
                committed = line.contains("COMMITTED");
            }
            assertThat(committed).as("child JVM committed its row").isTrue();
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(dataDir.resolve("postmaster.pid")))
                .as("the orphaned PostgreSQL is still running")
                .isTrue();

        try (var server = EmbeddedPostgresServer.start(new DatabaseProperties.Embedded(dataDir, 0, false));
                var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", null);
                var result = connection.createStatement().executeQuery("select note from crash_probe where id = 1")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("已提交 committed");
        }
    }
}
