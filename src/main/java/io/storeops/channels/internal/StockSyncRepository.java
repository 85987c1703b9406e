package io.storeops.channels.internal;

import io.storeops.channels.ChannelAdapter.StockPush;
import io.storeops.channels.SyncStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stock-push outbox: one row per channel × SKU with the latest quantity to push and its sequence. */
@Repository
public class StockSyncRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    StockSyncRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Records the new quantities (channel, SKU, quantity) to push; unchanged quantities are left alone. */
    public void enqueue(List<Object[]> channelSkuQuantity) {
        batch.batchUpdate("""
                insert into channels.stock_sync (channel_code, sku_code, quantity, sequence)
                values (?, ?, ?, nextval('channels.push_sequence'))
                on conflict (channel_code, sku_code) do update
                  set quantity = excluded.quantity, sequence = excluded.sequence, changed_at = now(),
                      next_attempt_at = least(channels.stock_sync.next_attempt_at, now())
                  where channels.stock_sync.quantity <> excluded.quantity
                     or channels.stock_sync.sequence > channels.stock_sync.pushed_sequence""", channelSkuQuantity);
    }

    /**
     * Claims up to {@code limit} due pushes of a channel with a lease: they are not due again until the lease ends,
     * so a push in flight is not sent twice, and one lost with a crashed instance is sent again afterwards.
     */
    public List<StockPush> claimDue(String channel, int limit, java.time.Duration lease) {
        return jdbc.sql("""
                        update channels.stock_sync s set next_attempt_at = now() + cast(? as interval)
                        from (select channel_code, sku_code from channels.stock_sync
                              where channel_code = ? and sequence > pushed_sequence and next_attempt_at <= now()
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
                    attempts = 0, last_error = null, next_attempt_at = now()
                where channel_code = ? and sku_code = ?""",
                pushes.stream()
                        .map(p -> new Object[] {p.sequence(), channel, p.skuCode()})
                        .toList());
    }

    public void markFailed(String channel, List<StockPush> pushes, String error, Instant nextAttempt) {
        batch.batchUpdate(
                """
                update channels.stock_sync set attempts = attempts + 1, last_error = ?, next_attempt_at = ?
                where channel_code = ? and sku_code = ?""",
                pushes.stream()
                        .map(p -> new Object[] {error, Timestamp.from(nextAttempt), channel, p.skuCode()})
                        .toList());
    }

    public int attempts(String channel, String skuCode) {
        return jdbc.sql("select attempts from channels.stock_sync where channel_code = ? and sku_code = ?")
                .params(channel, skuCode)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    public SyncStatus status(String channel, boolean connected, String breaker) {
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
                            rs.getString("last_error"));
                })
                .single();
    }
}
