package io.storeops.channels.internal;

import io.storeops.channels.BreakerState;
import io.storeops.channels.ChannelAdapter.StockPush;
import io.storeops.channels.Reconciliation;
import io.storeops.channels.SyncStatus;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stock-push outbox: one row per channel × SKU with the latest quantity to push and its sequence. */
@Repository
public class StockSyncRepository {

    private static final TypeReference<List<Reconciliation.Drift>> DRIFTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    StockSyncRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /**
     * Records the new quantities (channel, SKU, quantity) to push; unchanged quantities are left alone. A row that was
     * settled becomes pending since now; a row already pending keeps the time of its first unacknowledged change, so
     * the lag is never restarted by later changes. A change to a row whose push is in flight is remembered apart: that
     * push cannot contain it.
     */
    public void enqueue(List<StockToPush> quantities) {
        if (quantities.isEmpty()) {
            return;
        }
        // rows in (channel, SKU) order, like every other writer of this table: concurrent writers never deadlock
        List<StockToPush> sorted =
                quantities.stream().sorted(StockToPush.ROW_ORDER).toList();
        batch.batchUpdate("""
                insert into channels.stock_sync as s (channel_code, sku_code, quantity, sequence, pending_since)
                values (?, ?, ?, nextval('channels.push_sequence'), clock_timestamp())
                on conflict (channel_code, sku_code) do update
                  set quantity = excluded.quantity, sequence = excluded.sequence, changed_at = now(),
                      next_attempt_at = least(s.next_attempt_at, now()),
                      pending_since = case when s.sequence <= s.pushed_sequence then clock_timestamp()
                                           else s.pending_since end,
                      changed_after_claim_at = case when s.sequence <= s.pushed_sequence then null
                                                    when s.leased_sequence is not null
                                                        then coalesce(s.changed_after_claim_at, clock_timestamp())
                                                    else s.changed_after_claim_at end
                  where s.quantity <> excluded.quantity or s.sequence > s.pushed_sequence""", sorted, sorted.size(), (ps, row) -> {
            ps.setString(1, row.channel());
            ps.setString(2, row.skuCode());
            ps.setInt(3, row.quantity());
        });
    }

    /** The quantity of a SKU to push to a channel. */
    public record StockToPush(String channel, String skuCode, int quantity) {

        static final Comparator<StockToPush> ROW_ORDER =
                Comparator.comparing(StockToPush::channel).thenComparing(StockToPush::skuCode);
    }

    /**
     * Claims up to {@code limit} due pushes of a channel with a lease: no one claims them again until the push is
     * recorded or the lease ends — not even when a newer change arrives meanwhile — so a row is pushed by one instance at
     * a time, and one lost with a crashed instance is sent again afterwards. The leased sequence is remembered: a change
     * after it is not covered by this push.
     */
    public List<StockPush> claimDue(String channel, int limit, Duration lease) {
        return jdbc.sql("""
                        update channels.stock_sync s
                        set leased_until = now() + cast(? as interval), leased_sequence = s.sequence,
                            changed_after_claim_at = null
                        from (select channel_code, sku_code from channels.stock_sync
                              where channel_code = ? and sequence > pushed_sequence and next_attempt_at <= now()
                                and (leased_until is null or leased_until <= now())
                              order by next_attempt_at, sku_code limit ? for update skip locked) due
                        where s.channel_code = due.channel_code and s.sku_code = due.sku_code
                        returning s.sku_code, s.quantity, s.sequence""")
                .params(lease.toMillis() + " milliseconds", channel, limit)
                .query((rs, n) ->
                        new StockPush(rs.getString("sku_code"), rs.getInt("quantity"), rs.getLong("sequence")))
                .list();
    }

    /**
     * Records that the marketplace acknowledged these pushes and answers one lag sample per push that moved the row
     * forward: from the first change it covered (the row's {@code pending_since}) to now. A push leased at sequence v
     * covers every change up to v; the changes after the lease stay pending, from the first of them. An answer to an
     * older lease (its holder was too slow, the row was leased again) keeps the older time: the lag is then overstated,
     * never understated. Times are the database's, the clock of {@code pending_since}.
     */
    public List<Acknowledged> markPushed(String channel, List<StockPush> pushes) {
        if (pushes.isEmpty()) {
            return List.of();
        }
        String[] skus = pushes.stream().map(StockPush::skuCode).sorted().toArray(String[]::new);
        Map<String, Long> pushed = new HashMap<>();
        pushes.forEach(p -> pushed.merge(p.skuCode(), p.sequence(), Math::max));
        List<Acknowledged> acknowledged = new ArrayList<>();
        // locked in SKU order first, like every other writer of this table, so concurrent writers never deadlock
        jdbc.sql("""
                        select sku_code, pushed_sequence, pending_since, clock_timestamp() as acknowledged_at
                        from channels.stock_sync where channel_code = ? and sku_code = any(?::text[])
                        order by sku_code for update""").params(channel, skus).query(rs -> {
            long sequence = pushed.get(rs.getString("sku_code"));
            Timestamp pendingSince = rs.getTimestamp("pending_since");
            if (sequence > rs.getLong("pushed_sequence") && pendingSince != null) {
                acknowledged.add(new Acknowledged(
                        rs.getString("sku_code"),
                        sequence,
                        Duration.between(
                                pendingSince.toInstant(),
                                rs.getTimestamp("acknowledged_at").toInstant())));
            }
        });
        jdbc.sql("""
                        update channels.stock_sync s set
                            pending_since = case when s.sequence <= p.sequence then null
                                                 when p.sequence <= s.pushed_sequence then s.pending_since
                                                 when s.leased_sequence = p.sequence
                                                     then coalesce(s.changed_after_claim_at, s.pending_since)
                                                 else s.pending_since end,
                            changed_after_claim_at = case when s.sequence <= p.sequence
                                                              or s.leased_sequence = p.sequence then null
                                                          else s.changed_after_claim_at end,
                            leased_sequence = case when s.sequence <= p.sequence
                                                        or s.leased_sequence = p.sequence then null
                                                    else s.leased_sequence end,
                            pushed_sequence = greatest(s.pushed_sequence, p.sequence), pushed_at = now(),
                            attempts = 0, last_error = null, next_attempt_at = now(),
                            leased_until = case when s.leased_sequence = p.sequence then null else s.leased_until end
                        from unnest(?::text[], ?::bigint[]) as p(sku_code, sequence)
                        where s.channel_code = ? and s.sku_code = p.sku_code""")
                .params(skus, Arrays.stream(skus).map(pushed::get).toArray(Long[]::new), channel)
                .update();
        return acknowledged;
    }

    /** One acknowledged push that moved its row forward, with the sync lag of the first change it covered. */
    public record Acknowledged(String skuCode, long sequence, Duration lag) {}

    public void markFailed(String channel, List<StockPush> pushes, String error, Instant nextAttempt) {
        if (pushes.isEmpty()) {
            return;
        }
        Timestamp next = Timestamp.from(nextAttempt);
        batch.batchUpdate("""
                update channels.stock_sync set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                    changed_after_claim_at = case when leased_sequence = ? then null else changed_after_claim_at end,
                    leased_until = case when leased_sequence = ? then null else leased_until end,
                    leased_sequence = case when leased_sequence = ? then null else leased_sequence end
                where channel_code = ? and sku_code = ?""", bySku(pushes), pushes.size(), (ps, push) -> {
            ps.setString(1, error);
            ps.setTimestamp(2, next);
            ps.setLong(3, push.sequence());
            ps.setLong(4, push.sequence());
            ps.setLong(5, push.sequence());
            ps.setString(6, channel);
            ps.setString(7, push.skuCode());
        });
    }

    /**
     * Lifts the leases of pushes the marketplace refused (it holds a newer value): they are queued again with
     * {@link #requeue}, and the lease must not keep the new value waiting. Only the lease of the refused sequence is
     * lifted, never a newer one another instance holds.
     */
    public void releaseLeases(String channel, List<StockPush> pushes) {
        if (pushes.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                update channels.stock_sync set leased_until = null, leased_sequence = null
                where channel_code = ? and sku_code = ? and leased_sequence = ?""", bySku(pushes), pushes.size(), (ps, push) -> {
            ps.setString(1, channel);
            ps.setString(2, push.skuCode());
            ps.setLong(3, push.sequence());
        });
    }

    /** In SKU order, like every other writer of this table: concurrent writers never deadlock. */
    private static List<StockPush> bySku(List<StockPush> pushes) {
        return pushes.stream().sorted(Comparator.comparing(StockPush::skuCode)).toList();
    }

    /** The settled rows of a channel (nothing pending), a page at a time, ordered by SKU: sku → quantity pushed. */
    public LinkedHashMap<String, Integer> settled(String channel, String afterSku, int limit) {
        var result = new LinkedHashMap<String, Integer>();
        jdbc.sql("""
                        select sku_code, quantity from channels.stock_sync
                        where channel_code = ? and sequence = pushed_sequence and sku_code > ?
                        order by sku_code limit ?""").params(channel, afterSku, limit).query(rs -> {
            result.put(rs.getString("sku_code"), rs.getInt("quantity"));
        });
        return result;
    }

    /** Moves the push sequence past {@code sequence}, so the next pushes outrank a marketplace that holds it. */
    public void advanceSequencePast(long sequence) {
        jdbc.sql(
                        "select setval('channels.push_sequence', greatest((select last_value from channels.push_sequence), ?))")
                .param(sequence)
                .query(Long.class)
                .single();
    }

    /**
     * Queues the given SKUs of a channel again with a new sequence: their marketplace stock had drifted, or the
     * marketplace refused our push because it holds a newer one. A settled row is pending from now on; a pending row
     * keeps the time of its first unacknowledged change.
     */
    public int requeue(String channel, Collection<String> skuCodes) {
        // lock the rows in SKU order first, like every other writer of this table, so concurrent writers never deadlock
        String[] codes = skuCodes.stream().sorted().toArray(String[]::new);
        jdbc.sql("""
                        select 1 from channels.stock_sync where channel_code = ? and sku_code = any(?::text[])
                        order by sku_code for update""").params(channel, codes).query(Integer.class).list();
        return jdbc.sql("""
                        update channels.stock_sync set sequence = nextval('channels.push_sequence'),
                            next_attempt_at = now(), changed_at = now(),
                            pending_since = case when sequence <= pushed_sequence then clock_timestamp()
                                                 else pending_since end,
                            changed_after_claim_at = null
                        where channel_code = ? and sku_code = any(?::text[])""").params(channel, codes).update();
    }

    public void saveReconciliation(Reconciliation r) {
        jdbc.sql("""
                        insert into channels.reconciliations (channel_code, started_at, finished_at, checked, drifted,
                            repaired, examples) values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(
                        r.channel(),
                        Timestamp.from(r.startedAt()),
                        Timestamp.from(r.finishedAt()),
                        r.checked(),
                        r.drifted(),
                        r.repaired(),
                        json.writeValueAsString(r.examples()))
                .update();
    }

    public Optional<Reconciliation> lastReconciliation(String channel) {
        return jdbc.sql("""
                        select started_at, finished_at, checked, drifted, repaired, examples::text as examples
                        from channels.reconciliations where channel_code = ? order by id desc limit 1""")
                .param(channel)
                .query((rs, n) -> new Reconciliation(
                        channel,
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at").toInstant(),
                        rs.getInt("checked"),
                        rs.getInt("drifted"),
                        rs.getInt("repaired"),
                        json.readValue(rs.getString("examples"), DRIFTS)))
                .optional();
    }

    public int attempts(String channel, String skuCode) {
        return jdbc.sql("select attempts from channels.stock_sync where channel_code = ? and sku_code = ?")
                .params(channel, skuCode)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    public SyncStatus status(String channel, boolean connected, BreakerState breaker, Reconciliation last) {
        return jdbc.sql("""
                        select count(*) filter (where sequence > pushed_sequence) as pending,
                               count(*) filter (where sequence > pushed_sequence and attempts > 0) as failing,
                               extract(epoch from clock_timestamp()
                                   - min(pending_since) filter (where sequence > pushed_sequence))
                                   as lag_seconds,
                               max(pushed_at) as last_pushed_at,
                               max(last_error) filter (where sequence > pushed_sequence and attempts > 0) as last_error
                        from channels.stock_sync where channel_code = ?""")
                .param(channel)
                .query((rs, n) -> {
                    Timestamp lastPushed = rs.getTimestamp("last_pushed_at");
                    double lag = rs.getDouble("lag_seconds");
                    return new SyncStatus(
                            channel,
                            connected,
                            breaker,
                            rs.getLong("pending"),
                            rs.getLong("failing"),
                            rs.wasNull() ? 0 : lag,
                            lastPushed == null ? null : lastPushed.toInstant(),
                            rs.getString("last_error"),
                            last,
                            0,
                            0,
                            0,
                            0,
                            0);
                })
                .single();
    }
}
