package io.storeops.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL binaries (from Maven Central) run as a child process, with data kept in a directory of our own so
 * that it survives restarts. A server left running by a killed JVM is stopped before a new one starts on the same
 * data.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(DatabaseProperties.Embedded settings) {
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
            stopOrphanedServer(dataDir);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(settings.cleanOnStart())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    // zonky turns this off by default; an acknowledged change must survive a crash of the database
                    .setServerConfig("synchronous_commit", "on")
                    // stopped by close(), after the data source: zonky's own JVM shutdown hook would stop it while
                    // the application is still shutting down and needs it (in-flight requests, the event registry)
                    .setRegisterShutdownHook(false);
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            var postgres = builder.start();
            log.info("Embedded PostgreSQL is running on port {} with data in {}", postgres.getPort(), dataDir);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /**
     * A postmaster whose JVM died with {@code kill -9} still holds the data directory: ask it to shut down. A
     * postmaster.pid left by a power cut names a dead process — PostgreSQL starts over it and recovers from its WAL —
     * or, once that pid was reused, another process: then the file is stale and is removed, as PostgreSQL would refuse
     * to start ("Is another postmaster running?"), and that process is left alone.
     */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> holder;
        try {
            holder = lines.isEmpty()
                    ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            holder = Optional.empty();
        }
        Optional<ProcessHandle> alive = holder.filter(ProcessHandle::isAlive);
        Optional<List<String>> arguments =
                alive.flatMap(p -> p.info().arguments().map(List::of));
        if (alive.isEmpty() || arguments.isEmpty()) {
            return; // dead (PostgreSQL takes the file over), or not ours to inspect (PostgreSQL decides)
        }
        ProcessHandle process = alive.get();
        boolean postgres =
                process.info().command().map(c -> c.contains("postgres")).orElse(false);
        if (postgres && arguments.get().contains(dataDir.toString())) {
            log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by a previous run", process.pid());
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        } else {
            log.warn(
                    "Removing a stale postmaster.pid in {}: its pid {} now belongs to another process",
                    dataDir,
                    process.pid());
            Files.deleteIfExists(pidFile);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
