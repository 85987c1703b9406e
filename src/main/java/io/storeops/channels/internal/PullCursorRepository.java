package io.storeops.channels.internal;

import io.storeops.channels.PullStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each channel's order and review feeds were last read, and how the last read went. */
@Repository
public class PullCursorRepository {

    private final JdbcClient jdbc;

    PullCursorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> cursor(String channel, PullStatus.Stream stream) {
        return jdbc.sql("select cursor_value from channels.pull_cursors where channel_code = ? and stream = ?")
                .params(channel, stream.name())
                .query(String.class)
                .optional();
    }

    /** Moves the cursor past a page that was stored in the same transaction. */
    public void advance(String channel, PullStatus.Stream stream, String cursor, int received) {
        advance(channel, stream, cursor, received, 0);
    }

    /** Moves the cursor past a page stored in the same transaction, of which {@code rejected} orders were refused. */
    public void advance(String channel, PullStatus.Stream stream, String cursor, int received, int rejected) {
        jdbc.sql("""
                        insert into channels.pull_cursors
                          (channel_code, stream, cursor_value, last_pulled_at, total, rejected)
                        values (?, ?, ?, now(), ?, ?)
                        on conflict (channel_code, stream) do update
                          set cursor_value = excluded.cursor_value, last_pulled_at = now(), last_error = null,
                              total = channels.pull_cursors.total + excluded.total,
                              rejected = channels.pull_cursors.rejected + excluded.rejected""").params(channel, stream.name(), cursor, received, rejected).update();
    }

    public void failed(String channel, PullStatus.Stream stream, String error) {
        jdbc.sql("""
                        insert into channels.pull_cursors (channel_code, stream, last_error, last_error_at)
                        values (?, ?, ?, now())
                        on conflict (channel_code, stream) do update
                          set last_error = excluded.last_error, last_error_at = now()""").params(channel, stream.name(), error).update();
    }

    public List<PullStatus> status(String channel) {
        return jdbc.sql("""
                        select stream, cursor_value, last_pulled_at, last_error, last_error_at, total, rejected
                        from channels.pull_cursors where channel_code = ? order by stream""")
                .param(channel)
                .query((rs, n) -> new PullStatus(
                        PullStatus.Stream.valueOf(rs.getString("stream")),
                        rs.getString("cursor_value"),
                        instant(rs.getTimestamp("last_pulled_at")),
                        rs.getString("last_error"),
                        instant(rs.getTimestamp("last_error_at")),
                        rs.getLong("total"),
                        rs.getLong("rejected")))
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
