package io.storeops.channels.internal;

import io.storeops.channels.ChannelAdapter.ListingPush;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The listing-push outbox: one row per channel × item with the latest title, price and status to publish. */
@Repository
public class ListingSyncRepository {

    private final JdbcClient jdbc;

    ListingSyncRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records what to publish; an unchanged item that was already published is left alone. */
    public void enqueue(
            String channel, String itemCode, String title, Money price, boolean onSale, List<String> skuCodes) {
        jdbc.sql("""
                        insert into channels.listing_sync (channel_code, item_code, title, price, on_sale, sku_codes,
                          sequence)
                        values (?, ?, ?, ?, ?, ?, nextval('channels.push_sequence'))
                        on conflict (channel_code, item_code) do update
                          set title = excluded.title, price = excluded.price, on_sale = excluded.on_sale,
                              sku_codes = excluded.sku_codes, sequence = excluded.sequence, changed_at = now(),
                              next_attempt_at = least(channels.listing_sync.next_attempt_at, now())
                          where (channels.listing_sync.title, channels.listing_sync.price, channels.listing_sync.on_sale,
                                 channels.listing_sync.sku_codes)
                                is distinct from (excluded.title, excluded.price, excluded.on_sale, excluded.sku_codes)
                             or channels.listing_sync.sequence > channels.listing_sync.pushed_sequence""")
                .params(
                        channel,
                        itemCode,
                        title,
                        price == null ? null : price.amount(),
                        onSale,
                        skuCodes.toArray(String[]::new))
                .update();
    }

    /** Claims due pushes with a lease, like the stock outbox. */
    public List<ListingPush> claimDue(String channel, int limit, Duration lease) {
        return jdbc.sql("""
                        update channels.listing_sync s
                        set leased_until = now() + cast(? as interval), leased_sequence = s.sequence
                        from (select channel_code, item_code from channels.listing_sync
                              where channel_code = ? and sequence > pushed_sequence and next_attempt_at <= now()
                                and (leased_until is null or leased_until <= now())
                              order by next_attempt_at, item_code limit ? for update skip locked) due
                        where s.channel_code = due.channel_code and s.item_code = due.item_code
                        returning s.item_code, s.title, s.price, s.on_sale, s.sku_codes, s.sequence""")
                .params(lease.toMillis() + " milliseconds", channel, limit)
                .query((rs, n) -> {
                    BigDecimal price = rs.getBigDecimal("price");
                    return new ListingPush(
                            rs.getString("item_code"),
                            rs.getString("title"),
                            price == null ? null : Money.of(price),
                            rs.getBoolean("on_sale"),
                            strings(rs.getArray("sku_codes")),
                            rs.getLong("sequence"));
                })
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    public void markPushed(String channel, List<ListingPush> pushed) {
        // rows in item order, like every other writer of this table: concurrent writers never deadlock
        for (ListingPush push : sortedByItem(pushed)) {
            jdbc.sql("""
                            update channels.listing_sync
                            set pushed_sequence = greatest(pushed_sequence, ?), pushed_at = now(), attempts = 0,
                                last_error = null, next_attempt_at = now(),
                                leased_until = case when leased_sequence = ? then null else leased_until end
                            where channel_code = ? and item_code = ?""")
                    .params(push.sequence(), push.sequence(), channel, push.itemCode())
                    .update();
        }
    }

    public void markFailed(String channel, List<ListingPush> failed, String error, Instant nextAttempt) {
        for (ListingPush push : sortedByItem(failed)) {
            jdbc.sql("""
                            update channels.listing_sync
                            set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                                leased_until = case when leased_sequence = ? then null else leased_until end
                            where channel_code = ? and item_code = ? and sequence > pushed_sequence""")
                    .params(error, Timestamp.from(nextAttempt), push.sequence(), channel, push.itemCode())
                    .update();
        }
    }

    private static List<ListingPush> sortedByItem(List<ListingPush> pushes) {
        return pushes.stream()
                .sorted(Comparator.comparing(ListingPush::itemCode))
                .toList();
    }

    public int attempts(String channel, String itemCode) {
        return jdbc.sql("select attempts from channels.listing_sync where channel_code = ? and item_code = ?")
                .params(channel, itemCode)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Pending (not yet acknowledged) and failing listing pushes of a channel. */
    public Backlog backlog(String channel) {
        return jdbc.sql("""
                        select count(*) filter (where sequence > pushed_sequence),
                               count(*) filter (where sequence > pushed_sequence and attempts > 0)
                        from channels.listing_sync where channel_code = ?""")
                .param(channel)
                .query((rs, n) -> new Backlog(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** How many listing pushes of a channel wait, and how many of them after failed attempts. */
    public record Backlog(long pending, long failing) {}
}
