package io.storeops.platform.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/** Run in a child JVM by {@link EmbeddedPostgresCrashTest}: starts the database, commits a row, then waits to be killed. */
final class CrashingWriter {

    public static void main(String[] args) throws Exception {
        var server = EmbeddedPostgresServer.start(new DatabaseProperties.Embedded(Path.of(args[0]), 0, false));
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", null);
                var statement = connection.createStatement()) {
            statement.execute("create table if not exists crash_probe (id int primary key, note text)");
            statement.execute("insert into crash_probe values (1, '已提交 committed') on conflict do nothing");
        }
        System.out.println("COMMITTED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private CrashingWriter() {}
}
