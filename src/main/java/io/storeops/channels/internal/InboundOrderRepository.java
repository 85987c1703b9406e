package io.storeops.channels.internal;

import io.storeops.channels.ChannelMessage;
import io.storeops.platform.StoredMessages;
import io.storeops.shared.Message;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox of channel orders and reviews as delivered, one row per channel and external id. */
@Repository
public class InboundOrderRepository {

    private final JdbcClient jdbc;
    private final StoredMessages stored;

    InboundOrderRepository(JdbcClient jdbc, StoredMessages stored) {
        this.jdbc = jdbc;
        this.stored = stored;
    }

    /**
     * Stores the order, or its new state when the channel already delivered it with other content; returns the row's
     * id and revision, or empty when exactly this was delivered before.
     */
    public Optional<Stored> upsert(String channel, String externalId, String status, String payloadJson) {
        return jdbc.sql("""
                        insert into channels.inbound_orders (channel_code, external_id, payload, status)
                        values (?, ?, cast(? as jsonb), ?)
                        on conflict (channel_code, external_id) do update
                          set payload = excluded.payload, status = excluded.status,
                              revision = channels.inbound_orders.revision + 1, updated_at = now()
                          where channels.inbound_orders.payload <> excluded.payload
                        returning id, revision""")
                .params(channel, externalId, payloadJson, status)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getInt("revision")))
                .optional();
    }

    /**
     * Keeps an order that could not be taken in, with its reason (code and arguments); a later delivery of the same
     * order replaces it. An order without an id is kept under {@code md5:} and a digest of its payload.
     */
    public void reject(String channel, @Nullable String externalId, Message reason, String payload) {
        jdbc.sql("""
                        insert into channels.rejected_orders
                          (channel_code, external_id, reason_code, reason_args, payload)
                        values (?, coalesce(?, 'md5:' || md5(?)), ?, cast(? as jsonb), ?)
                        on conflict (channel_code, external_id) do update
                          set reason = null, reason_code = excluded.reason_code, reason_args = excluded.reason_args,
                              payload = excluded.payload, rejected_at = now()""")
                .params(
                        channel,
                        externalId == null
                                ? null
                                : externalId.length() > 100 ? externalId.substring(0, 100) : externalId,
                        payload,
                        reason.code(),
                        stored.args(reason),
                        payload)
                .update();
    }

    /** Why the channel's order was rejected, if it was; a reason stored as text is {@code channels.LEGACY_TEXT}. */
    public Optional<Message> rejectionReason(String channel, String externalId) {
        return jdbc.sql("""
                        select reason, reason_code, reason_args::text as reason_args from channels.rejected_orders
                        where channel_code = ? and external_id = ?""")
                .params(channel, externalId)
                .query((rs, n) ->
                        reason(rs.getString("reason"), rs.getString("reason_code"), rs.getString("reason_args")))
                .optional();
    }

    private Message reason(@Nullable String text, @Nullable String code, @Nullable String args) {
        return Objects.requireNonNull(stored.read(code, args, String.valueOf(text), ChannelMessage.LEGACY_TEXT));
    }

    /** Stores a review unless the channel delivered it before; returns the new row's id. */
    public Optional<Long> insertReview(
            String channel,
            String externalId,
            String orderExternalId,
            String skuCode,
            int rating,
            String content,
            Instant reviewedAt) {
        return jdbc.sql("""
                        insert into channels.inbound_reviews
                          (channel_code, external_id, order_external_id, sku_code, rating, content, reviewed_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (channel_code, external_id) do nothing
                        returning id""")
                .params(
                        channel,
                        externalId,
                        orderExternalId,
                        skuCode,
                        rating,
                        content,
                        reviewedAt == null ? null : Timestamp.from(reviewedAt))
                .query(Long.class)
                .optional();
    }

    public long count(String channel, String externalId) {
        return jdbc.sql("select count(*) from channels.inbound_orders where channel_code = ? and external_id = ?")
                .params(channel, externalId)
                .query(Long.class)
                .single();
    }

    /** The stored row id and how many states of the order were delivered so far. */
    public record Stored(long id, int revision) {}
}
