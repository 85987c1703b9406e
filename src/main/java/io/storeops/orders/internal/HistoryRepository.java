package io.storeops.orders.internal;

import io.storeops.orders.OrderStatus;
import io.storeops.orders.internal.OrderRepository.Key;
import io.storeops.platform.StoredMessages;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Direct inserts of finished historical orders with their parcels, scans, returns, refunds and timeline, in batches
 * (one statement per table and batch). Ids of parcels and returns are drawn from their sequences up front so children
 * can be inserted without a round trip per row.
 */
@Repository
public class HistoryRepository {

    private static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final StoredMessages stored;

    HistoryRepository(JdbcClient jdbc, JdbcTemplate batch, StoredMessages stored) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.stored = stored;
    }

    /** A historical order to insert; amounts already computed. */
    public record OrderRow(
            String channel,
            String externalId,
            OrderStatus status,
            String buyerNick,
            String buyerName,
            String buyerPhone,
            String province,
            String city,
            String district,
            String addressDetail,
            BigDecimal itemsAmount,
            BigDecimal discount,
            BigDecimal shippingFee,
            BigDecimal total,
            String paymentMethod,
            Instant orderedAt,
            Instant paidAt,
            Instant shipBy,
            Instant updatedAt) {}

    /** An inserted order's id and number. */
    public record Inserted(long id, String orderNo, Key key) {}

    /** A parcel's tracking number at its carrier (upper-case carrier code). */
    public record Tracking(String carrier, String number) {}

    private static final RowMapper<Inserted> INSERTED = (rs, i) -> new Inserted(
            rs.getLong("id"),
            rs.getString("order_no"),
            new Key(rs.getString("channel_code"), rs.getString("external_id")));

    private static final RowMapper<Tracking> TRACKING =
            (rs, i) -> new Tracking(rs.getString("carrier"), rs.getString("tracking_no"));

    private static final RowMapper<Key> KEY =
            (rs, i) -> new Key(rs.getString("channel_code"), rs.getString("external_id"));

    /** The keys among these that are stored already. */
    public Set<Key> existing(Collection<Key> keys) {
        Set<Key> found = new HashSet<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select o.channel_code, o.external_id from orders.orders o
                        join unnest(?::text[], ?::text[]) as k(channel_code, external_id)
                          on k.channel_code = o.channel_code and k.external_id = o.external_id""")
                .params(
                        keys.stream().map(Key::channel).toArray(String[]::new),
                        keys.stream().map(Key::externalId).toArray(String[]::new))
                .query(KEY)
                .list()
                .forEach(found::add);
        return found;
    }

    /** The tracking numbers among these that a stored parcel uses already. */
    public Set<Tracking> takenTrackingNumbers(Collection<Tracking> numbers) {
        Set<Tracking> taken = new HashSet<>();
        if (numbers.isEmpty()) {
            return taken;
        }
        jdbc.sql("""
                        select s.carrier, s.tracking_no from orders.shipments s
                        join unnest(?::text[], ?::text[]) as k(carrier, tracking_no)
                          on k.carrier = s.carrier and k.tracking_no = s.tracking_no""")
                .params(
                        numbers.stream().map(Tracking::carrier).toArray(String[]::new),
                        numbers.stream().map(Tracking::number).toArray(String[]::new))
                .query(TRACKING)
                .list()
                .forEach(taken::add);
        return taken;
    }

    /**
     * Inserts the orders not stored yet, numbered by the day they were placed (Asia/Shanghai); answers the inserted
     * ones (an order stored meanwhile by a concurrent import is skipped).
     */
    public List<Inserted> insertOrders(List<OrderRow> rows) {
        List<Inserted> inserted = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<OrderRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int n = chunk.size();
            String[][] text = new String[11][n];
            BigDecimal[][] amounts = new BigDecimal[4][n];
            Timestamp[][] times = new Timestamp[4][n];
            for (int i = 0; i < n; i++) {
                OrderRow r = chunk.get(i);
                String[] t = {
                    r.channel(),
                    r.externalId(),
                    r.status().name(),
                    r.buyerNick(),
                    r.buyerName(),
                    r.buyerPhone(),
                    r.province(),
                    r.city(),
                    r.district(),
                    r.addressDetail(),
                    r.paymentMethod()
                };
                for (int c = 0; c < t.length; c++) {
                    text[c][i] = t[c];
                }
                amounts[0][i] = r.itemsAmount();
                amounts[1][i] = r.discount();
                amounts[2][i] = r.shippingFee();
                amounts[3][i] = r.total();
                times[0][i] = ts(r.orderedAt());
                times[1][i] = ts(r.paidAt());
                times[2][i] = ts(r.shipBy());
                times[3][i] = ts(r.updatedAt());
            }
            inserted.addAll(jdbc.sql("""
                            insert into orders.orders (order_no, channel_code, external_id, source, status, buyer_nick,
                              buyer_name, buyer_phone, province, city, district, address_detail, items_amount,
                              discount, shipping_fee, total, payment_method, ordered_at, paid_at, ship_by, created_at,
                              updated_at)
                            select 'SO' || to_char(u.ordered_at at time zone 'Asia/Shanghai', 'YYYYMMDD')
                                     || lpad(nextval('orders.order_no_seq')::text, 7, '0'),
                                   u.channel_code, u.external_id, 'HISTORY', u.status, u.buyer_nick, u.buyer_name,
                                   u.buyer_phone, u.province, u.city, u.district, u.address_detail, u.items_amount,
                                   u.discount, u.shipping_fee, u.total, u.payment_method, u.ordered_at, u.paid_at,
                                   u.ship_by, u.ordered_at, u.updated_at
                            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                        ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[],
                                        ?::numeric[], ?::numeric[], ?::timestamptz[], ?::timestamptz[],
                                        ?::timestamptz[], ?::timestamptz[]) with ordinality
                                 as u(channel_code, external_id, status, buyer_nick, buyer_name, buyer_phone, province,
                                      city, district, address_detail, payment_method, items_amount, discount,
                                      shipping_fee, total, ordered_at, paid_at, ship_by, updated_at, ord)
                            order by u.ord
                            on conflict (channel_code, external_id) do nothing
                            returning id, order_no, channel_code, external_id""")
                    .params(
                            text[0],
                            text[1],
                            text[2],
                            text[3],
                            text[4],
                            text[5],
                            text[6],
                            text[7],
                            text[8],
                            text[9],
                            text[10],
                            amounts[0],
                            amounts[1],
                            amounts[2],
                            amounts[3],
                            times[0],
                            times[1],
                            times[2],
                            times[3])
                    .query(INSERTED)
                    .list());
        }
        return inserted;
    }

    /** {@code n} fresh ids of a table's id sequence. */
    public long[] nextIds(String table, int n) {
        if (n == 0) {
            return new long[0];
        }
        return jdbc
                .sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .params("orders." + table, n)
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** Inserts the rows of an import's orders, table by table: lines, parcels, returns, refunds and timeline. */
    public void insertParts(HistoryRows rows) {
        insertLines(rows.lines());
        insertShipments(rows.shipments());
        insertShipmentLines(rows.shipmentLines());
        insertAllocations(rows.allocations());
        insertScans(rows.scans());
        insertReturns(rows.returns());
        insertReturnLines(rows.returnLines());
        insertRefunds(rows.refunds());
        insertEvents(rows.events());
    }

    private void insertLines(List<HistoryRows.Line> rows) {
        batch.batchUpdate("""
                insert into orders.order_lines (order_id, line_no, sku_code, title, quantity, unit_price, discount,
                  amount) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows, CHUNK, (ps, r) -> {
            ps.setLong(1, r.orderId());
            ps.setInt(2, r.lineNo());
            ps.setString(3, r.skuCode());
            ps.setString(4, r.title());
            ps.setInt(5, r.quantity());
            ps.setBigDecimal(6, r.unitPrice());
            ps.setBigDecimal(7, r.discount());
            ps.setBigDecimal(8, r.amount());
        });
    }

    /** Created when shipped; status DELIVERED. */
    private void insertShipments(List<HistoryRows.Shipment> rows) {
        batch.batchUpdate("""
                insert into orders.shipments (id, shipment_no, order_id, warehouse_code, status, carrier, tracking_no,
                  created_at, shipped_at, delivered_at, last_scan_at, last_scan_status, last_scan_location)
                values (?, ?, ?, ?, 'DELIVERED', ?, ?, ?, ?, ?, ?, ?, ?)""", rows, CHUNK, (ps, r) -> {
            ps.setLong(1, r.id());
            ps.setString(2, r.shipmentNo());
            ps.setLong(3, r.orderId());
            ps.setString(4, r.warehouse());
            ps.setString(5, r.carrier());
            ps.setString(6, r.trackingNo());
            ps.setTimestamp(7, ts(r.shippedAt()));
            ps.setTimestamp(8, ts(r.shippedAt()));
            ps.setTimestamp(9, ts(r.deliveredAt()));
            ps.setTimestamp(10, ts(r.lastScanAt()));
            ps.setString(11, r.lastScanStatus());
            ps.setString(12, r.lastScanLocation());
        });
    }

    private void insertShipmentLines(List<HistoryRows.ShipmentLine> rows) {
        batch.batchUpdate(
                "insert into orders.shipment_lines (shipment_id, sku_code, quantity) values (?, ?, ?)",
                rows,
                CHUNK,
                (ps, r) -> {
                    ps.setLong(1, r.shipmentId());
                    ps.setString(2, r.skuCode());
                    ps.setInt(3, r.quantity());
                });
    }

    /** What the parcel took out, not a reservation. */
    private void insertAllocations(List<HistoryRows.Allocation> rows) {
        batch.batchUpdate("""
                insert into orders.order_allocations (order_id, sku_code, warehouse_code, quantity, shipment_id)
                values (?, ?, ?, ?, ?)""", rows, CHUNK, (ps, r) -> {
            ps.setLong(1, r.orderId());
            ps.setString(2, r.skuCode());
            ps.setString(3, r.warehouse());
            ps.setInt(4, r.quantity());
            ps.setLong(5, r.shipmentId());
        });
    }

    /** Received when it occurred; a known event key is skipped. */
    private void insertScans(List<HistoryRows.Scan> rows) {
        batch.batchUpdate("""
                insert into orders.tracking_events (shipment_id, event_key, status, location, description,
                  occurred_at, received_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (event_key) do nothing""", rows, CHUNK, (ps, r) -> {
            ps.setLong(1, r.shipmentId());
            ps.setString(2, r.eventKey());
            ps.setString(3, r.status());
            ps.setString(4, r.location());
            ps.setString(5, r.description());
            ps.setTimestamp(6, ts(r.occurredAt()));
            ps.setTimestamp(7, ts(r.occurredAt()));
        });
    }

    private void insertReturns(List<HistoryRows.Return> rows) {
        batch.batchUpdate("""
                insert into orders.returns (id, return_no, order_id, type, status, reason_code, reason_note, resellable,
                  restock_warehouse, requested_at, approved_at, received_at, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, CHUNK, (ps, r) -> {
            ps.setLong(1, r.id());
            ps.setString(2, r.returnNo());
            ps.setLong(3, r.orderId());
            ps.setString(4, r.type().name());
            ps.setString(5, r.status().name());
            ps.setString(6, r.reason().name());
            ps.setString(7, r.note());
            ps.setObject(8, r.resellable(), Types.BOOLEAN);
            ps.setString(9, r.restockWarehouse());
            ps.setTimestamp(10, ts(r.requestedAt()));
            ps.setTimestamp(11, ts(r.approvedAt()));
            ps.setTimestamp(12, ts(r.receivedAt()));
            ps.setTimestamp(13, ts(r.closedAt()));
        });
    }

    private void insertReturnLines(List<HistoryRows.ReturnLine> rows) {
        batch.batchUpdate(
                "insert into orders.return_lines (return_id, sku_code, quantity, amount) values (?, ?, ?, ?)",
                rows,
                CHUNK,
                (ps, r) -> {
                    ps.setLong(1, r.returnId());
                    ps.setString(2, r.skuCode());
                    ps.setInt(3, r.quantity());
                    ps.setBigDecimal(4, r.amount());
                });
    }

    /** Status REFUNDED. */
    private void insertRefunds(List<HistoryRows.Refund> rows) {
        batch.batchUpdate("""
                insert into orders.refunds (refund_no, order_id, return_id, amount, reason, status, fast, decided_by,
                  requested_at, refunded_at) values (?, ?, ?, ?, ?, 'REFUNDED', ?, ?, ?, ?)""", rows, CHUNK, (ps, r) -> {
            ps.setString(1, r.refundNo());
            ps.setLong(2, r.orderId());
            ps.setObject(3, r.returnId(), Types.BIGINT);
            ps.setBigDecimal(4, r.amount());
            ps.setString(5, r.reason());
            ps.setBoolean(6, r.fast());
            ps.setString(7, r.decidedBy());
            ps.setTimestamp(8, ts(r.requestedAt()));
            ps.setTimestamp(9, ts(r.refundedAt()));
        });
    }

    /** At their historical times. */
    private void insertEvents(List<HistoryRows.Event> rows) {
        batch.batchUpdate("""
                insert into orders.order_events (order_id, at, type, actor, message_code, message_args, detail)
                values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""", rows, CHUNK, (ps, r) -> {
            ps.setLong(1, r.orderId());
            ps.setTimestamp(2, ts(r.at()));
            ps.setString(3, r.type());
            ps.setString(4, r.actor());
            ps.setString(5, r.summary().code());
            ps.setString(6, stored.args(r.summary()));
            ps.setString(7, r.detailJson());
        });
    }

    /**
     * Moves the time a parcel left the warehouse (and its SHIPPED timeline entry) back to when it really left, e.g.
     * for a parcel handed over before StoreOps tracked it.
     */
    public void backdateShipment(long shipmentId, Instant shippedAt) {
        jdbc.sql("update orders.shipments set shipped_at = ?, created_at = least(created_at, ?) where id = ?")
                .params(ts(shippedAt), ts(shippedAt), shipmentId)
                .update();
        jdbc.sql("""
                        update orders.order_events e set at = ?
                        from orders.shipments s
                        where s.id = ? and e.order_id = s.order_id and e.type = 'SHIPPED'
                          and e.detail ->> 'shipmentNo' = s.shipment_no""").params(ts(shippedAt), shipmentId).update();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
