package io.storeops.channels.internal;

import io.storeops.channels.ChannelAdapter.StockPush;
import io.storeops.channels.Reconciliation;
import io.storeops.channels.SyncStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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

    /** Records the new quantities (channel, SKU, quantity) to push; unchanged quantities are left alone. */
    public void enqueue(List<Object[]> channelSkuQuantity) {
        // rows in (channel, SKU) order, like every other writer of this table: concurrent writers never deadlock
        List<Object[]> sorted = new java.util.ArrayList<>(channelSkuQuantity);
        sorted.sort(
                java.util.Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> (String) r[1]));
        batch.batchUpdate("""
                insert into channels.stock_sync (channel_code, sku_code, quantity, sequence)
                values (?, ?, ?, nextval('channels.push_sequence'))
                on conflict (channel_code, sku_code) do update
                  set quantity = excluded.quantity, sequence = excluded.sequence, changed_at = now(),
                      next_attempt_at = least(channels.stock_sync.next_attempt_at, now())
                  where channels.stock_sync.quantity <> excluded.quantity
                     or channels.stock_sync.sequence > channels.stock_sync.pushed_sequence""", sorted);
    }

    /**
     * Claims up to {@code limit} due pushes of a channel with a lease: no one claims them again until the push is
     * recorded or the lease ends — not even when a newer change arrives meanwhile — so a row is pushed by one instance at
     * a time, and one lost with a crashed instance is sent again afterwards.
     */
    public List<StockPush> claimDue(String channel, int limit, java.time.Duration lease) {
        return jdbc.sql("""
                        update channels.stock_sync s
                        set leased_until = now() + cast(? as interval), leased_sequence = s.sequence
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

    public void markPushed(String channel, List<StockPush> pushes) {
        batch.batchUpdate(
                """
                update channels.stock_sync set pushed_sequence = greatest(pushed_sequence, ?), pushed_at = now(),
                    attempts = 0, last_error = null, next_attempt_at = now(),
                    leased_until = case when leased_sequence = ? then null else leased_until end
                where channel_code = ? and sku_code = ?""",
                pushes.stream()
                        .sorted(java.util.Comparator.comparing(StockPush::skuCode))
                        .map(p -> new Object[] {p.sequence(), p.sequence(), channel, p.skuCode()})
                        .toList());
    }

    public void markFailed(String channel, List<StockPush> pushes, String error, Instant nextAttempt) {
        batch.batchUpdate(
                """
                update channels.stock_sync set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                    leased_until = case when leased_sequence = ? then null else leased_until end
                where channel_code = ? and sku_code = ?""",
                pushes.stream()
                        .sorted(java.util.Comparator.comparing(StockPush::skuCode))
                        .map(p -> new Object[] {error, Timestamp.from(nextAttempt), p.sequence(), channel, p.skuCode()})
                        .toList());
    }

    /** The settled rows of a channel (nothing pending), a page at a time, ordered by SKU: sku → quantity pushed. */
    public java.util.LinkedHashMap<String, Integer> settled(String channel, String afterSku, int limit) {
        var result = new java.util.LinkedHashMap<String, Integer>();
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

    /** Queues the given SKUs of a channel again with a new sequence (their marketplace stock had drifted). */
    public int requeue(String channel, java.util.Collection<String> skuCodes) {
        // lock the rows in SKU order first, like every other writer of this table, so concurrent writers never deadlock
        String[] codes = skuCodes.stream().sorted().toArray(String[]::new);
        jdbc.sql("""
                        select 1 from channels.stock_sync where channel_code = ? and sku_code = any(?::text[])
                        order by sku_code for update""").params(channel, codes).query(Integer.class).list();
        return jdbc.sql("""
                        update channels.stock_sync set sequence = nextval('channels.push_sequence'),
                            next_attempt_at = now(), changed_at = now()
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

    public SyncStatus status(String channel, boolean connected, String breaker, Reconciliation last) {
        return jdbc.sql("""
                        select count(*) filter (where sequence > pushed_sequence) as pending,
                               count(*) filter (where sequence > pushed_sequence and attempts > 0) as failing,
                               extract(epoch from now() - min(changed_at) filter (where sequence > pushed_sequence))
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
