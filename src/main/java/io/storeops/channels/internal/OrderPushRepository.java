package io.storeops.channels.internal;

import io.storeops.channels.OrderPush;
import io.storeops.channels.OrderPush.Status;
import io.storeops.channels.OrderPushKind;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of shipments and refunds to report to channels: one row per channel × kind × key. */
@Repository
public class OrderPushRepository {

    private final JdbcClient jdbc;

    OrderPushRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a push unless the same channel, kind and key was queued before; true when it is new. */
    public boolean enqueue(String channel, OrderPushKind kind, String key, String payloadJson) {
        return jdbc.sql("""
                        insert into channels.order_pushes (channel_code, kind, key, payload)
                        values (?, ?, ?, cast(? as jsonb))
                        on conflict (channel_code, kind, key) do nothing""").params(channel, kind.name(), key, payloadJson).update() > 0;
    }

    /**
     * Claims up to {@code limit} due pending pushes of a channel with a lease, oldest first: they are not due again
     * until the lease ends, so a push in flight is not sent twice by another instance.
     */
    public List<Claimed> claimDue(String channel, int limit, Duration lease) {
        return jdbc
                .sql("""
                        update channels.order_pushes p set next_attempt_at = now() + cast(? as interval)
                        from (select id from channels.order_pushes
                              where channel_code = ? and status = 'PENDING' and next_attempt_at <= now()
                              order by id limit ? for update skip locked) due
                        where p.id = due.id
                        returning p.id, p.kind, p.key, p.payload::text as payload, p.attempts""")
                .params(lease.toMillis() + " milliseconds", channel, limit)
                .query((rs, n) -> new Claimed(
                        rs.getLong("id"),
                        OrderPushKind.valueOf(rs.getString("kind")),
                        rs.getString("key"),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
                .list()
                .stream()
                .sorted(Comparator.comparingLong(Claimed::id))
                .toList();
    }

    /** Records that the channel accepted the push; false when it was no longer pending. */
    public boolean markPushed(long id, Instant at) {
        return finish(id, Status.PUSHED, "pushed_at = ?, last_error = null", Timestamp.from(at));
    }

    /** Schedules another attempt after a failure that may pass. */
    public void markRetry(long id, String error, Instant nextAttempt) {
        jdbc.sql("""
                        update channels.order_pushes set attempts = attempts + 1, last_error = ?, next_attempt_at = ?
                        where id = ? and status = 'PENDING'""").params(error, Timestamp.from(nextAttempt), id).update();
    }

    /** Gives up on the push for good; false when it was no longer pending. */
    public boolean markFailed(long id, String error) {
        return finish(id, Status.FAILED, "attempts = attempts + 1, last_error = ?", error);
    }

    /** Moves a pending push to its final status, setting {@code changes} (one parameter); false when it was no longer pending. */
    private boolean finish(long id, Status outcome, String changes, Object value) {
        if (!Status.PENDING.canMoveTo(outcome)) {
            throw new IllegalArgumentException("A pending push cannot become " + outcome);
        }
        return jdbc.sql("update channels.order_pushes set status = ?, " + changes + " where id = ? and status = ?")
                        .params(outcome.name(), value, id, Status.PENDING.name())
                        .update()
                > 0;
    }

    /** Makes claimed pushes due again at once (a batch stopped before their turn). */
    public void release(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update channels.order_pushes set next_attempt_at = now()
                        where id = any(?) and status = 'PENDING'""").param(ids.toArray(Long[]::new)).update();
    }

    public Optional<OrderPush> find(String channel, OrderPushKind kind, String key) {
        return jdbc.sql("""
                        select id, channel_code, kind, key, status, attempts, last_error, created_at, pushed_at
                        from channels.order_pushes where channel_code = ? and kind = ? and key = ?""")
                .params(channel, kind.name(), key)
                .query((rs, n) -> new OrderPush(
                        rs.getLong("id"),
                        rs.getString("channel_code"),
                        OrderPushKind.valueOf(rs.getString("kind")),
                        rs.getString("key"),
                        Status.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("pushed_at") == null
                                ? null
                                : rs.getTimestamp("pushed_at").toInstant()))
                .optional();
    }

    /** Pending, failing (pending with failed attempts) and permanently failed pushes of a channel. */
    public Backlog backlog(String channel) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'PENDING'),
                               count(*) filter (where status = 'PENDING' and attempts > 0),
                               count(*) filter (where status = 'FAILED')
                        from channels.order_pushes where channel_code = ?""")
                .param(channel)
                .query((rs, n) -> new Backlog(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** How many pushes of a channel wait, how many of them after failed attempts, and how many were given up on. */
    public record Backlog(long pending, long failing, long failed) {}

    /** A claimed push: its payload as JSON and how many attempts failed before. */
    public record Claimed(long id, OrderPushKind kind, String key, String payload, int attempts) {}
}
