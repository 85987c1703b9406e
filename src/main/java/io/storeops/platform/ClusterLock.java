package io.storeops.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs work on one instance at a time across every StoreOps instance sharing the database: a PostgreSQL session-level
 * advisory lock named after the job, held on a connection of its own for the duration of the work. An instance that
 * dies loses its connection, and with it the lock, so nothing stays locked after a crash.
 */
@Component
public class ClusterLock {

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waits for the lock of {@code name}, then runs the work and releases the lock. */
    public <T> T runExclusively(String name, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            call(connection, "select true from (select pg_advisory_lock(hashtextextended(?, 0))) locked", name);
            try {
                return work.get();
            } finally {
                call(connection, "select pg_advisory_unlock(hashtextextended(?, 0))", name);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cluster lock " + name + " failed", e);
        }
    }

    /** Runs the work only if no instance holds the lock of {@code name} now; answers whether it ran. */
    public boolean runIfFree(String name, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "select pg_try_advisory_lock(hashtextextended(?, 0))", name)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "select pg_advisory_unlock(hashtextextended(?, 0))", name);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cluster lock " + name + " failed", e);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
