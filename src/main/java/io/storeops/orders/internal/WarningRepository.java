package io.storeops.orders.internal;

import io.storeops.orders.OrderMessage;
import io.storeops.orders.WarningStatus;
import io.storeops.orders.WarningType;
import io.storeops.orders.WarningView;
import io.storeops.platform.Paging;
import io.storeops.platform.StoredMessages;
import io.storeops.shared.Message;
import io.storeops.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Abnormal-order warnings and the scans that find them. A warning's detail and resolution are stored as code and
 * arguments; texts stored before that read as {@code orders.LEGACY_TEXT}.
 */
@Repository
public class WarningRepository {

    private static final String SELECT = """
            select w.*, o.order_no, o.channel_code, s.tracking_no from orders.warnings w
            join orders.orders o on o.id = w.order_id
            left join orders.shipments s on s.id = w.shipment_id""";

    private final JdbcClient jdbc;
    private final StoredMessages stored;
    private final RowMapper<WarningView> row = this::warning;

    WarningRepository(JdbcClient jdbc, StoredMessages stored) {
        this.jdbc = jdbc;
        this.stored = stored;
    }

    private WarningView warning(ResultSet rs, int n) throws SQLException {
        return new WarningView(
                rs.getLong("id"),
                rs.getLong("order_id"),
                rs.getString("order_no"),
                rs.getString("channel_code"),
                rs.getObject("shipment_id") == null ? null : rs.getLong("shipment_id"),
                rs.getString("tracking_no"),
                WarningType.valueOf(rs.getString("type")),
                WarningStatus.valueOf(rs.getString("status")),
                message(rs.getString("detail"), rs.getString("detail_code"), rs.getString("detail_args")),
                rs.getString("owner"),
                rs.getTimestamp("due_at").toInstant(),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("resolved_at") == null
                        ? null
                        : rs.getTimestamp("resolved_at").toInstant(),
                rs.getString("resolved_by"),
                message(rs.getString("resolution"), rs.getString("resolution_code"), rs.getString("resolution_args")));
    }

    /** The stored message; a text stored before messages had codes as {@code orders.LEGACY_TEXT}; null if neither. */
    private @Nullable Message message(@Nullable String text, @Nullable String code, @Nullable String args) {
        return stored.read(code, args, text, OrderMessage.LEGACY_TEXT);
    }

    private String args(Message message) {
        return stored.args(message);
    }

    /** Opens a warning unless one of the same type is open for the order and parcel; answers the new id. */
    public Optional<Long> open(long orderId, Long shipmentId, WarningType type, Message detail, Instant dueAt) {
        return jdbc.sql("""
                        insert into orders.warnings (order_id, shipment_id, type, detail_code, detail_args, due_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?)
                        on conflict (order_id, coalesce(shipment_id, 0), type) where status = 'OPEN' do nothing
                        returning id""")
                .params(orderId, shipmentId, type.name(), detail.code(), args(detail), Timestamp.from(dueAt))
                .query(Long.class)
                .optional();
    }

    /** A parcel in transit without a scan (or hand-over) since {@code lastSeen}, longer than its carrier allows. */
    public record StalledParcel(
            long shipmentId,
            long orderId,
            int stallAfterMinutes,
            Instant lastSeen,
            String carrier,
            String trackingNo) {}

    /** An order not shipped by its promised time. */
    public record LateOrder(long orderId, Instant shipBy) {}

    private static final RowMapper<StalledParcel> STALLED = (rs, i) -> new StalledParcel(
            rs.getLong("id"),
            rs.getLong("order_id"),
            rs.getInt("stall_after_minutes"),
            rs.getTimestamp("last_seen").toInstant(),
            rs.getString("carrier"),
            rs.getString("tracking_no"));

    private static final RowMapper<LateOrder> LATE = (rs, i) ->
            new LateOrder(rs.getLong("id"), rs.getTimestamp("ship_by").toInstant());

    /** Parcels in transit whose last scan (or hand-over) is older than their carrier's limit. */
    public List<StalledParcel> stalledParcels(Instant now) {
        return jdbc.sql("""
                        select s.id, s.order_id, c.stall_after_minutes,
                               coalesce(s.last_scan_at, s.shipped_at) as last_seen, s.carrier, s.tracking_no
                        from orders.shipments s join orders.carrier_settings c on c.carrier = s.carrier
                        where s.status in ('SHIPPED', 'IN_TRANSIT')
                          and coalesce(s.last_scan_at, s.shipped_at) < cast(? as timestamptz) - make_interval(mins => c.stall_after_minutes)""").param(Timestamp.from(now)).query(STALLED).list();
    }

    /** Orders not yet shipped whose promised ship time has passed, the most overdue first (at most 5,000). */
    public List<LateOrder> lateOrders(Instant now) {
        return jdbc.sql("""
                        select id, ship_by from orders.orders
                        where status in ('APPROVED', 'HELD', 'AWAITING_STOCK', 'ALLOCATED', 'PICKING', 'PACKED')
                          and ship_by < ? order by ship_by limit 5000""").param(Timestamp.from(now)).query(LATE).list();
    }

    /** Resolves open warnings of a type for a parcel (e.g. a stalled parcel was scanned again); answers how many. */
    public int resolveOpen(long shipmentId, WarningType type, Message resolution) {
        return jdbc.sql("""
                        update orders.warnings set status = 'RESOLVED', resolved_at = now(), resolved_by = 'system',
                          resolution_code = ?, resolution_args = cast(? as jsonb)
                        where shipment_id = ? and type = ? and status = 'OPEN'""")
                .params(resolution.code(), args(resolution), shipmentId, type.name())
                .update();
    }

    /** Resolves open warnings of a type for an order (e.g. a late order has shipped). */
    public int resolveOpenOfOrder(long orderId, WarningType type, Message resolution) {
        return jdbc.sql("""
                        update orders.warnings set status = 'RESOLVED', resolved_at = now(), resolved_by = 'system',
                          resolution_code = ?, resolution_args = cast(? as jsonb)
                        where order_id = ? and type = ? and status = 'OPEN'""")
                .params(resolution.code(), args(resolution), orderId, type.name())
                .update();
    }

    public Optional<WarningView> find(long id) {
        return jdbc.sql(SELECT + " where w.id = ?").param(id).query(row).optional();
    }

    public List<WarningView> ofOrder(long orderId) {
        return jdbc.sql(SELECT + " where w.order_id = ? order by w.opened_at desc")
                .param(orderId)
                .query(row)
                .list();
    }

    public PageResult<WarningView> search(WarningType type, WarningStatus status, String owner, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (type != null) {
            where.append(" and w.type = ?");
            params.add(type.name());
        }
        if (status != null) {
            where.append(" and w.status = ?");
            params.add(status.name());
        }
        if (owner != null && !owner.isBlank()) {
            where.append(" and w.owner = ?");
            params.add(owner);
        }
        return Paging.page(
                jdbc,
                "select count(*) from orders.warnings w" + where,
                SELECT + where + " order by w.opened_at asc, w.id",
                params,
                row,
                page,
                size);
    }

    /** Open warnings per type with the age of the oldest, for the warnings board. */
    public List<Map<String, Object>> openByType() {
        return jdbc.sql("""
                        select type, count(*) as open, min(opened_at) as oldest,
                               count(*) filter (where due_at < now()) as overdue
                        from orders.warnings where status = 'OPEN' group by type order by type""").query().listOfRows();
    }

    public boolean assign(long id, String owner, Instant dueAt) {
        return jdbc.sql(
                                "update orders.warnings set owner = ?, due_at = coalesce(?, due_at) where id = ? and status = 'OPEN'")
                        .params(owner, dueAt == null ? null : Timestamp.from(dueAt), id)
                        .update()
                == 1;
    }

    public boolean resolve(long id, String actor, Message resolution) {
        return jdbc.sql("""
                                update orders.warnings set status = 'RESOLVED', resolved_at = now(), resolved_by = ?,
                                  resolution_code = ?, resolution_args = cast(? as jsonb)
                                where id = ? and status = 'OPEN'""")
                        .params(actor, resolution.code(), args(resolution), id)
                        .update()
                == 1;
    }

    public Map<String, Integer> carrierSettings() {
        Map<String, Integer> settings = new TreeMap<>();
        jdbc.sql("select carrier, stall_after_minutes from orders.carrier_settings")
                .query(rs -> {
                    settings.put(rs.getString("carrier"), rs.getInt("stall_after_minutes"));
                });
        return settings;
    }

    public void saveCarrierSetting(String carrier, int minutes) {
        jdbc.sql("""
                        insert into orders.carrier_settings (carrier, stall_after_minutes) values (?, ?)
                        on conflict (carrier) do update set stall_after_minutes = excluded.stall_after_minutes""").params(carrier, minutes).update();
    }
}
