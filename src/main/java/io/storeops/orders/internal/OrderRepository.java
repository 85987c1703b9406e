package io.storeops.orders.internal;

import io.storeops.orders.Allocation;
import io.storeops.orders.OrderEvent;
import io.storeops.orders.OrderLine;
import io.storeops.orders.OrderStatus;
import io.storeops.orders.Orders;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders, their lines, reservations and timeline; bulk paths use one statement per batch. */
@Repository
public class OrderRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    OrderRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A channel + external id pair. */
    public record Key(String channel, String externalId) {}

    /** An order to insert. */
    public record NewOrder(
            long id,
            String channel,
            String externalId,
            String source,
            String status,
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
        public NewOrder reviewed(String status, String holdReasons, Long mergeGroup) {
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
    public List<Orders.OrderBuyer> buyersAfter(long afterTransaction, long afterId, int limit) {
        return jdbc.sql("""
                        select id, inserted_xid::text::bigint as tx, buyer_phone, status from orders.orders
                        where (inserted_xid, id) > (cast(cast(? as text) as xid8), ?)
                          and inserted_xid < pg_snapshot_xmin(pg_current_snapshot())
                        order by inserted_xid, id limit ?""")
                .params(afterTransaction, afterId, limit)
                .query((rs, n) -> new Orders.OrderBuyer(
                        rs.getLong("id"),
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
    public record Stored(long id, String orderNo, String channel, String externalId, String status, int version) {}

    /**
     * Inserts the orders that are not stored yet, in one statement; returns the inserted ones. An order delivered
     * concurrently by another transaction waits for it and is then skipped, so each order is stored once.
     */
    public List<Stored> insertAll(List<NewOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        int n = orders.size();
        Object[][] columns = new Object[23][n];
        for (int i = 0; i < n; i++) {
            NewOrder o = orders.get(i);
            Object[] row = {
                o.channel(),
                o.externalId(),
                o.source(),
                o.status(),
                o.buyerNick(),
                o.buyerName(),
                o.buyerPhone(),
                o.province(),
                o.city(),
                o.district(),
                o.addressDetail(),
                o.itemsAmount().amount(),
                o.discount().amount(),
                o.shippingFee().amount(),
                o.total().amount(),
                o.paymentMethod(),
                o.buyerMessage(),
                Timestamp.from(o.orderedAt()),
                o.paidAt() == null ? null : Timestamp.from(o.paidAt()),
                o.shipBy() == null ? null : Timestamp.from(o.shipBy()),
                o.id(),
                o.holdReasons(),
                o.mergeGroup()
            };
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
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
                        stringArray(columns[0]),
                        stringArray(columns[1]),
                        stringArray(columns[2]),
                        stringArray(columns[3]),
                        stringArray(columns[4]),
                        stringArray(columns[5]),
                        stringArray(columns[6]),
                        stringArray(columns[7]),
                        stringArray(columns[8]),
                        stringArray(columns[9]),
                        stringArray(columns[10]),
                        decimalArray(columns[11]),
                        decimalArray(columns[12]),
                        decimalArray(columns[13]),
                        decimalArray(columns[14]),
                        stringArray(columns[15]),
                        stringArray(columns[16]),
                        timestampArray(columns[17]),
                        timestampArray(columns[18]),
                        timestampArray(columns[19]),
                        longArray(columns[20]),
                        stringArray(columns[21]),
                        longArray(columns[22]))
                .query((rs, i) -> new Stored(
                        rs.getLong("id"),
                        rs.getString("order_no"),
                        rs.getString("channel_code"),
                        rs.getString("external_id"),
                        rs.getString("status"),
                        rs.getInt("version")))
                .list();
    }

    private static String[] stringArray(Object[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (String) values[i];
        }
        return out;
    }

    private static BigDecimal[] decimalArray(Object[] values) {
        BigDecimal[] out = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (BigDecimal) values[i];
        }
        return out;
    }

    private static Long[] longArray(Object[] values) {
        Long[] result = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (Long) values[i];
        }
        return result;
    }

    private static Timestamp[] timestampArray(Object[] values) {
        Timestamp[] out = new Timestamp[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (Timestamp) values[i];
        }
        return out;
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
                .query(rs -> {
                    var s = new Stored(
                            rs.getLong("id"),
                            rs.getString("order_no"),
                            rs.getString("channel_code"),
                            rs.getString("external_id"),
                            rs.getString("status"),
                            rs.getInt("version"));
                    found.put(new Key(s.channel(), s.externalId()), s);
                });
        return found;
    }

    public Stored lock(long id) {
        return jdbc.sql("""
                        select id, order_no, channel_code, external_id, status, version from orders.orders
                        where id = ? for update""")
                .param(id)
                .query((rs, i) -> new Stored(
                        rs.getLong("id"),
                        rs.getString("order_no"),
                        rs.getString("channel_code"),
                        rs.getString("external_id"),
                        rs.getString("status"),
                        rs.getInt("version")))
                .optional()
                .orElse(null);
    }

    /** The order locked for update; 404 when there is none. */
    public Stored lockOrNotFound(long id) {
        Stored order = lock(id);
        if (order == null) {
            throw new io.storeops.shared.NotFoundException("Order", id);
        }
        return order;
    }

    /** One step on the order's timeline without details, by the current user (or "system"). */
    public void addEvent(long orderId, String type, String summary) {
        addEvent(orderId, type, summary, null);
    }

    /** One step on the order's timeline, by the current user (or "system"). */
    public void addEvent(long orderId, String type, String summary, String detailJson) {
        insertEvents(List.<Object[]>of(
                new Object[] {orderId, type, io.storeops.platform.AuditLog.currentActor(), summary, detailJson}));
    }

    /** (order id, line no, sku, item code, title, quantity, unit price, discount, amount) rows. */
    public void insertLines(List<Object[]> rows) {
        batch.batchUpdate("""
                insert into orders.order_lines (order_id, line_no, sku_code, item_code, title, quantity, unit_price,
                  discount, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** (status, order id) rows, in one statement. */
    public void updateStatuses(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update orders.orders o set status = v.status, version = o.version + 1, updated_at = now()
                        from unnest(?::text[], ?::bigint[]) as v(status, id) where o.id = v.id""")
                .params(
                        rows.stream().map(r -> (String) r[0]).toArray(String[]::new),
                        rows.stream().map(r -> (Long) r[1]).toArray(Long[]::new))
                .update();
    }

    public boolean updateStatus(long id, String from, String to) {
        return jdbc.sql("""
                                update orders.orders set status = ?, version = version + 1, updated_at = now()
                                where id = ? and status = ?""").params(to, id, from).update() == 1;
    }

    public void clearHoldReasons(long id) {
        jdbc.sql("update orders.orders set hold_reasons = '[]' where id = ?")
                .param(id)
                .update();
    }

    /** (order id, sku, warehouse, quantity) rows. */
    public void insertAllocations(List<Object[]> rows) {
        batch.batchUpdate("""
                insert into orders.order_allocations (order_id, sku_code, warehouse_code, quantity)
                values (?, ?, ?, ?)""", rows);
    }

    public List<Allocation> allocations(long orderId) {
        return jdbc.sql("""
                        select sku_code, warehouse_code, quantity from orders.order_allocations
                        where order_id = ? order by warehouse_code, sku_code""")
                .param(orderId)
                .query((rs, i) ->
                        new Allocation(rs.getString("sku_code"), rs.getString("warehouse_code"), rs.getInt("quantity")))
                .list();
    }

    /** The allocations still reserved (not yet taken out by a parcel). */
    public List<Allocation> reservedAllocations(long orderId) {
        return jdbc.sql("""
                        select sku_code, warehouse_code, quantity from orders.order_allocations
                        where order_id = ? and shipment_id is null order by warehouse_code, sku_code""")
                .param(orderId)
                .query((rs, i) ->
                        new Allocation(rs.getString("sku_code"), rs.getString("warehouse_code"), rs.getInt("quantity")))
                .list();
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

    /** (order id, type, actor, summary, detail JSON) rows. */
    public void insertEvents(List<Object[]> rows) {
        batch.batchUpdate("""
                insert into orders.order_events (order_id, type, actor, summary, detail)
                values (?, ?, ?, ?, cast(? as jsonb))""", rows);
    }

    public List<OrderEvent> events(long orderId) {
        return jdbc.sql("""
                        select id, at, type, actor, summary, detail::text as detail from orders.order_events
                        where order_id = ? order by at, id""")
                .param(orderId)
                .query((rs, i) -> new OrderEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("type"),
                        rs.getString("actor"),
                        rs.getString("summary"),
                        rs.getString("detail")))
                .list();
    }

    public List<OrderLine> lines(long orderId) {
        return jdbc.sql("""
                        select line_no, sku_code, item_code, title, quantity, unit_price, discount, amount
                        from orders.order_lines where order_id = ? order by line_no""")
                .param(orderId)
                .query((rs, i) -> new OrderLine(
                        rs.getInt("line_no"),
                        rs.getString("sku_code"),
                        rs.getString("item_code"),
                        rs.getString("title"),
                        rs.getInt("quantity"),
                        Money.of(rs.getBigDecimal("unit_price")),
                        Money.of(rs.getBigDecimal("discount")),
                        Money.of(rs.getBigDecimal("amount"))))
                .list();
    }

    /** Orders not cancelled per phone: how many and the sum of their totals (for the "far above usual" rule). */
    public Map<String, long[]> countByPhone(Collection<String> phones, Map<String, BigDecimal> sums) {
        Map<String, long[]> counts = new HashMap<>();
        if (phones.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select buyer_phone, count(*) as n, sum(total) as total
                        from unnest(?::text[]) as p(phone) join orders.orders on buyer_phone = p.phone
                        where status <> 'CANCELLED' group by buyer_phone""").param(phones.toArray(String[]::new)).query(rs -> {
            counts.put(rs.getString("buyer_phone"), new long[] {rs.getLong("n")});
            sums.put(rs.getString("buyer_phone"), rs.getBigDecimal("total"));
        });
        return counts;
    }

    /**
     * Orders of these phones placed since {@code since} that have not left the warehouse, oldest first: (id, phone,
     * normalised address, merge group) — candidates to ship together with a new order.
     */
    public List<Object[]> openOrdersOf(Collection<String> phones, Instant since) {
        List<Object[]> rows = new ArrayList<>();
        if (phones.isEmpty()) {
            return rows;
        }
        jdbc.sql("""
                        select id, buyer_phone,
                               regexp_replace(coalesce(province, '') || coalesce(city, '') || coalesce(district, '')
                                 || coalesce(address_detail, ''), '\\s+', '', 'g') as address,
                               coalesce(merge_group, id) as merge_group
                        from unnest(?::text[]) as p(phone)
                        join orders.orders on buyer_phone = p.phone and ordered_at >= ?
                        where status in ('PENDING_REVIEW', 'HELD', 'APPROVED', 'AWAITING_STOCK', 'ALLOCATED')
                        order by ordered_at, id""")
                .params(phones.toArray(String[]::new), Timestamp.from(since))
                .query(rs -> {
                    rows.add(new Object[] {
                        rs.getLong("id"),
                        rs.getString("buyer_phone"),
                        rs.getString("address"),
                        rs.getLong("merge_group")
                    });
                });
        return rows;
    }

    /** Orders waiting for stock after the given id, in id order (arrival order), a page at a time. */
    public List<Long> awaitingStock(long afterId, int limit) {
        return jdbc.sql("select id from orders.orders where status = 'AWAITING_STOCK' and id > ? order by id limit ?")
                .params(afterId, limit)
                .query(Long.class)
                .list();
    }
}
