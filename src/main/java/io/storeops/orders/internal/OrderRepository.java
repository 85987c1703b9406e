package io.storeops.orders.internal;

import io.storeops.orders.Allocation;
import io.storeops.orders.OrderBuyer;
import io.storeops.orders.OrderEvent;
import io.storeops.orders.OrderId;
import io.storeops.orders.OrderLine;
import io.storeops.orders.OrderMessage;
import io.storeops.orders.OrderStatus;
import io.storeops.orders.Orders;
import io.storeops.platform.AuditLog;
import io.storeops.platform.StoredMessages;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Orders, their lines, reservations and timeline; bulk paths use one statement per batch. */
@Repository
public class OrderRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final StoredMessages stored;
    private final RowMapper<OrderEvent> event;

    OrderRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, StoredMessages stored) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.stored = stored;
        this.event = (rs, i) -> new OrderEvent(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("type"),
                rs.getString("actor"),
                json.readValue(rs.getString("message"), Message.class),
                rs.getString("detail"));
    }

    /** A channel + external id pair. */
    public record Key(String channel, String externalId) {}

    /** An order to insert. */
    public record NewOrder(
            long id,
            String channel,
            String externalId,
            String source,
            OrderStatus status,
            String buyerNick,
            String buyerName,
            String buyerPhone,
            String province,
            String city,
            String district,
            String addressDetail,
            Money itemsAmount,
            Money discount,
            Money shippingFee,
            Money total,
            String paymentMethod,
            String buyerMessage,
            Instant orderedAt,
            Instant paidAt,
            Instant shipBy,
            String holdReasons,
            Long mergeGroup) {

        /** The same order with the outcome of its review. */
        public NewOrder reviewed(OrderStatus status, String holdReasons, Long mergeGroup) {
            return new NewOrder(
                    id,
                    channel,
                    externalId,
                    source,
                    status,
                    buyerNick,
                    buyerName,
                    buyerPhone,
                    province,
                    city,
                    district,
                    addressDetail,
                    itemsAmount,
                    discount,
                    shippingFee,
                    total,
                    paymentMethod,
                    buyerMessage,
                    orderedAt,
                    paidAt,
                    shipBy,
                    holdReasons,
                    mergeGroup);
        }
    }

    /** See {@link Orders#buyersAfter}: orders of finished transactions after the position, in position order. */
    public List<OrderBuyer> buyersAfter(long afterTransaction, long afterId, int limit) {
        return jdbc.sql("""
                        select id, inserted_xid::text::bigint as tx, buyer_phone, status from orders.orders
                        where (inserted_xid, id) > (cast(cast(? as text) as xid8), ?)
                          and inserted_xid < pg_snapshot_xmin(pg_current_snapshot())
                        order by inserted_xid, id limit ?""")
                .params(afterTransaction, afterId, limit)
                .query((rs, n) -> new OrderBuyer(
                        new OrderId(rs.getLong("id")),
                        rs.getLong("tx"),
                        rs.getString("buyer_phone"),
                        OrderStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** Takes {@code n} order ids from the sequence (so review can refer to orders before they are inserted). */
    public long[] nextIds(int n) {
        return jdbc
                .sql("select nextval('orders.orders_id_seq') from generate_series(1, ?)")
                .param(n)
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** A stored order's id, number and status. */
    public record Stored(long id, String orderNo, String channel, String externalId, OrderStatus status, int version) {}

    private static final RowMapper<Stored> STORED = (rs, i) -> new Stored(
            rs.getLong("id"),
            rs.getString("order_no"),
            rs.getString("channel_code"),
            rs.getString("external_id"),
            OrderStatus.valueOf(rs.getString("status")),
            rs.getInt("version"));

    /**
     * Inserts the orders that are not stored yet, in one statement; returns the inserted ones. An order delivered
     * concurrently by another transaction waits for it and is then skipped, so each order is stored once.
     */
    public List<Stored> insertAll(List<NewOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        insert into orders.orders (id, order_no, channel_code, external_id, source, status, buyer_nick,
                          buyer_name, buyer_phone, province, city, district, address_detail, items_amount, discount,
                          shipping_fee, total, payment_method, buyer_message, ordered_at, paid_at, ship_by,
                          hold_reasons, merge_group)
                        select u.id, 'SO' || to_char(now() at time zone 'Asia/Shanghai', 'YYYYMMDD')
                                 || lpad(nextval('orders.order_no_seq')::text, 7, '0'),
                               u.channel_code, u.external_id, u.source, u.status, u.buyer_nick, u.buyer_name,
                               u.buyer_phone, u.province, u.city, u.district, u.address_detail, u.items_amount,
                               u.discount, u.shipping_fee, u.total, u.payment_method, u.buyer_message, u.ordered_at,
                               u.paid_at, u.ship_by, cast(u.hold_reasons as jsonb), u.merge_group
                        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                    ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[],
                                    ?::numeric[], ?::numeric[], ?::text[], ?::text[], ?::timestamptz[],
                                    ?::timestamptz[], ?::timestamptz[], ?::bigint[], ?::text[], ?::bigint[]) with ordinality
                             as u(channel_code, external_id, source, status, buyer_nick, buyer_name, buyer_phone,
                                  province, city, district, address_detail, items_amount, discount, shipping_fee,
                                  total, payment_method, buyer_message, ordered_at, paid_at, ship_by, id,
                                  hold_reasons, merge_group, ord)
                        order by u.ord
                        on conflict (channel_code, external_id) do nothing
                        returning id, order_no, channel_code, external_id, status, version""")
                .params(
                        column(orders, NewOrder::channel, String[]::new),
                        column(orders, NewOrder::externalId, String[]::new),
                        column(orders, NewOrder::source, String[]::new),
                        column(orders, o -> o.status().name(), String[]::new),
                        column(orders, NewOrder::buyerNick, String[]::new),
                        column(orders, NewOrder::buyerName, String[]::new),
                        column(orders, NewOrder::buyerPhone, String[]::new),
                        column(orders, NewOrder::province, String[]::new),
                        column(orders, NewOrder::city, String[]::new),
                        column(orders, NewOrder::district, String[]::new),
                        column(orders, NewOrder::addressDetail, String[]::new),
                        column(orders, o -> o.itemsAmount().amount(), BigDecimal[]::new),
                        column(orders, o -> o.discount().amount(), BigDecimal[]::new),
                        column(orders, o -> o.shippingFee().amount(), BigDecimal[]::new),
                        column(orders, o -> o.total().amount(), BigDecimal[]::new),
                        column(orders, NewOrder::paymentMethod, String[]::new),
                        column(orders, NewOrder::buyerMessage, String[]::new),
                        column(orders, o -> timestamp(o.orderedAt()), Timestamp[]::new),
                        column(orders, o -> timestamp(o.paidAt()), Timestamp[]::new),
                        column(orders, o -> timestamp(o.shipBy()), Timestamp[]::new),
                        column(orders, NewOrder::id, Long[]::new),
                        column(orders, NewOrder::holdReasons, String[]::new),
                        column(orders, NewOrder::mergeGroup, Long[]::new))
                .query(STORED)
                .list();
    }

    /** One field of every order, as the array {@code unnest} takes. */
    private static <T> T[] column(List<NewOrder> orders, Function<NewOrder, T> field, IntFunction<T[]> array) {
        return orders.stream().map(field).toArray(array);
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** The stored orders among these keys, locked for update so a concurrent change waits. */
    public Map<Key, Stored> lockExisting(Collection<Key> keys) {
        Map<Key, Stored> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select o.id, o.order_no, o.channel_code, o.external_id, o.status, o.version
                        from orders.orders o
                        join unnest(?::text[], ?::text[]) as k(channel_code, external_id)
                          on k.channel_code = o.channel_code and k.external_id = o.external_id
                        order by o.id for update of o""")
                .params(
                        keys.stream().map(Key::channel).toArray(String[]::new),
                        keys.stream().map(Key::externalId).toArray(String[]::new))
                .query(STORED)
                .list()
                .forEach(s -> found.put(new Key(s.channel(), s.externalId()), s));
        return found;
    }

    /** The order locked for update, or null when there is none. */
    public Stored lock(long id) {
        return jdbc.sql("""
                        select id, order_no, channel_code, external_id, status, version from orders.orders
                        where id = ? for update""").param(id).query(STORED).optional().orElse(null);
    }

    /** The order locked for update; 404 when there is none. */
    public Stored lockOrNotFound(long id) {
        Stored order = lock(id);
        if (order == null) {
            throw new NotFoundException(ResourceKind.ORDER, id);
        }
        return order;
    }

    /** One step on an order's timeline: what happened, who did it, and details as JSON (may be null). */
    public record TimelineEntry(long orderId, String type, String actor, Message summary, String detailJson) {

        /** A step taken by the current user (or "system"). */
        public static TimelineEntry now(long orderId, String type, Message summary, String detailJson) {
            return new TimelineEntry(orderId, type, AuditLog.currentActor(), summary, detailJson);
        }
    }

    /** A line of a new order, for the order it belongs to. */
    public record NewLine(long orderId, OrderLine line) {}

    /** Units of a SKU reserved for an order in a warehouse. */
    public record AllocationRow(long orderId, Allocation allocation) {}

    /** An order's new status, set only if the order still has the expected one. */
    public record StatusChange(long orderId, OrderStatus expected, OrderStatus to) {}

    /** How many orders (not cancelled) a buyer's phone placed, and their total. */
    public record BuyerStats(String phone, int orders, BigDecimal total) {}

    /** An order that has not left the warehouse: its buyer's phone, normalised address and merge group. */
    public record OpenOrder(long id, String phone, String address, long mergeGroup) {}

    private static final RowMapper<Allocation> ALLOCATION =
            (rs, i) -> new Allocation(rs.getString("sku_code"), rs.getString("warehouse_code"), rs.getInt("quantity"));

    private static final RowMapper<OrderLine> LINE = (rs, i) -> new OrderLine(
            rs.getInt("line_no"),
            rs.getString("sku_code"),
            rs.getString("item_code"),
            rs.getString("title"),
            rs.getInt("quantity"),
            Money.of(rs.getBigDecimal("unit_price")),
            Money.of(rs.getBigDecimal("discount")),
            Money.of(rs.getBigDecimal("amount")));

    private static final RowMapper<BuyerStats> BUYER_STATS =
            (rs, i) -> new BuyerStats(rs.getString("buyer_phone"), rs.getInt("n"), rs.getBigDecimal("total"));

    private static final RowMapper<OpenOrder> OPEN_ORDER = (rs, i) -> new OpenOrder(
            rs.getLong("id"), rs.getString("buyer_phone"), rs.getString("address"), rs.getLong("merge_group"));

    /** One step on the order's timeline without details, by the current user (or "system"). */
    public void addEvent(long orderId, String type, Message summary) {
        addEvent(orderId, type, summary, null);
    }

    /** One step on the order's timeline, by the current user (or "system"). */
    public void addEvent(long orderId, String type, Message summary, String detailJson) {
        insertEvents(List.of(TimelineEntry.now(orderId, type, summary, detailJson)));
    }

    /** Inserts the lines in one batch. */
    public void insertLines(List<NewLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into orders.order_lines (order_id, line_no, sku_code, item_code, title, quantity, unit_price,
                  discount, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, lines.size(), (ps, newLine) -> {
            OrderLine line = newLine.line();
            ps.setLong(1, newLine.orderId());
            ps.setInt(2, line.lineNo());
            ps.setString(3, line.skuCode());
            ps.setString(4, line.itemCode());
            ps.setString(5, line.title());
            ps.setInt(6, line.quantity());
            ps.setBigDecimal(7, line.unitPrice().amount());
            ps.setBigDecimal(8, line.discount().amount());
            ps.setBigDecimal(9, line.amount().amount());
        });
    }

    /** Sets the statuses in one statement, each only where the order still has the expected one; answers how many. */
    public int updateStatuses(List<StatusChange> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update orders.orders o set status = v.status, version = o.version + 1, updated_at = now()
                        from unnest(?::text[], ?::text[], ?::bigint[]) as v(status, expected, id)
                        where o.id = v.id and o.status = v.expected""")
                .params(
                        changes.stream().map(c -> c.to().name()).toArray(String[]::new),
                        changes.stream().map(c -> c.expected().name()).toArray(String[]::new),
                        changes.stream().map(StatusChange::orderId).toArray(Long[]::new))
                .update();
    }

    public void clearHoldReasons(long id) {
        jdbc.sql("update orders.orders set hold_reasons = '[]' where id = ?")
                .param(id)
                .update();
    }

    /** Inserts the allocations in one batch. */
    public void insertAllocations(List<AllocationRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into orders.order_allocations (order_id, sku_code, warehouse_code, quantity)
                values (?, ?, ?, ?)""", rows, rows.size(), (ps, row) -> {
            ps.setLong(1, row.orderId());
            ps.setString(2, row.allocation().skuCode());
            ps.setString(3, row.allocation().warehouse());
            ps.setInt(4, row.allocation().quantity());
        });
    }

    public List<Allocation> allocations(long orderId) {
        return jdbc.sql("""
                        select sku_code, warehouse_code, quantity from orders.order_allocations
                        where order_id = ? order by warehouse_code, sku_code""").param(orderId).query(ALLOCATION).list();
    }

    /** The allocations still reserved (not yet taken out by a parcel). */
    public List<Allocation> reservedAllocations(long orderId) {
        return jdbc.sql("""
                        select sku_code, warehouse_code, quantity from orders.order_allocations
                        where order_id = ? and shipment_id is null order by warehouse_code, sku_code""").param(orderId).query(ALLOCATION).list();
    }

    /** Drops the reservations not yet shipped (on cancellation); shipped ones stay as the record of the parcel. */
    public void deleteReservedAllocations(long orderId) {
        jdbc.sql("delete from orders.order_allocations where order_id = ? and shipment_id is null")
                .param(orderId)
                .update();
    }

    /** Records that a parcel took the warehouse's allocations of the order out. */
    public void assignShipment(long orderId, String warehouse, long shipmentId) {
        jdbc.sql("""
                        update orders.order_allocations set shipment_id = ?
                        where order_id = ? and warehouse_code = ? and shipment_id is null""").params(shipmentId, orderId, warehouse).update();
    }

    /** Adds the steps to their orders' timelines in one batch. */
    public void insertEvents(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into orders.order_events (order_id, type, actor, message_code, message_args, detail)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""", entries, entries.size(), (ps, entry) -> {
            ps.setLong(1, entry.orderId());
            ps.setString(2, entry.type());
            ps.setString(3, entry.actor());
            ps.setString(4, entry.summary().code());
            ps.setString(5, stored.args(entry.summary()));
            ps.setString(6, entry.detailJson());
        });
    }

    /** The order's timeline, oldest first; entries written before messages had codes read as {@code orders.LEGACY_TEXT}. */
    public List<OrderEvent> events(long orderId) {
        return jdbc.sql("""
                        select id, at, type, actor, detail::text as detail,
                          case when message_code is null
                            then jsonb_build_object('code', ?, 'args', jsonb_build_object('text', summary))
                            else jsonb_build_object('code', message_code, 'args', coalesce(message_args, '{}'::jsonb))
                          end::text as message
                        from orders.order_events
                        where order_id = ? order by at, id""")
                .params(OrderMessage.LEGACY_TEXT.code(), orderId)
                .query(event)
                .list();
    }

    public List<OrderLine> lines(long orderId) {
        return jdbc.sql("""
                        select line_no, sku_code, item_code, title, quantity, unit_price, discount, amount
                        from orders.order_lines where order_id = ? order by line_no""").param(orderId).query(LINE).list();
    }

    /** Orders not cancelled per phone: how many and the sum of their totals (for the "far above usual" rule). */
    public Map<String, BuyerStats> statsByPhone(Collection<String> phones) {
        if (phones.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select buyer_phone, count(*) as n, sum(total) as total
                        from unnest(?::text[]) as p(phone) join orders.orders on buyer_phone = p.phone
                        where status <> 'CANCELLED' group by buyer_phone""").param(phones.toArray(String[]::new)).query(BUYER_STATS).list().stream()
                .collect(Collectors.toMap(BuyerStats::phone, stats -> stats));
    }

    /**
     * Orders of these phones placed since {@code since} that have not left the warehouse, oldest first — candidates to
     * ship together with a new order.
     */
    public List<OpenOrder> openOrdersOf(Collection<String> phones, Instant since) {
        if (phones.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, buyer_phone,
                               regexp_replace(coalesce(province, '') || coalesce(city, '') || coalesce(district, '')
                                 || coalesce(address_detail, ''), '\\s+', '', 'g') as address,
                               coalesce(merge_group, id) as merge_group
                        from unnest(?::text[]) as p(phone)
                        join orders.orders on buyer_phone = p.phone and ordered_at >= ?
                        where status in ('PENDING_REVIEW', 'HELD', 'APPROVED', 'AWAITING_STOCK', 'ALLOCATED')
                        order by ordered_at, id""")
                .params(phones.toArray(String[]::new), Timestamp.from(since))
                .query(OPEN_ORDER)
                .list();
    }

    /** Orders waiting for stock after the given id, in id order (arrival order), a page at a time. */
    public List<Long> awaitingStock(long afterId, int limit) {
        return jdbc.sql("select id from orders.orders where status = 'AWAITING_STOCK' and id > ? order by id limit ?")
                .params(afterId, limit)
                .query(Long.class)
                .list();
    }
}
