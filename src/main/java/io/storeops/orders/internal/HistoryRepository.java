package io.storeops.orders.internal;

import io.storeops.orders.internal.OrderRepository.Key;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
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

    HistoryRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A historical order to insert; amounts already computed. */
    public record Row(
            String channel,
            String externalId,
            String status,
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
                .query(rs -> {
                    found.add(new Key(rs.getString(1), rs.getString(2)));
                });
        return found;
    }

    /** The "carrier|tracking no." pairs among these that a stored parcel uses already. */
    public Set<String> takenTrackingNumbers(Collection<String> carrierAndTracking) {
        Set<String> taken = new HashSet<>();
        if (carrierAndTracking.isEmpty()) {
            return taken;
        }
        String[] carriers = new String[carrierAndTracking.size()];
        String[] numbers = new String[carrierAndTracking.size()];
        int i = 0;
        for (String pair : carrierAndTracking) {
            int bar = pair.indexOf('|');
            carriers[i] = pair.substring(0, bar);
            numbers[i++] = pair.substring(bar + 1);
        }
        jdbc.sql("""
                        select s.carrier, s.tracking_no from orders.shipments s
                        join unnest(?::text[], ?::text[]) as k(carrier, tracking_no)
                          on k.carrier = s.carrier and k.tracking_no = s.tracking_no""").params(carriers, numbers).query(rs -> {
            taken.add(rs.getString(1) + "|" + rs.getString(2));
        });
        return taken;
    }

    /**
     * Inserts the orders not stored yet, numbered by the day they were placed (Asia/Shanghai); answers the inserted
     * ones (an order stored meanwhile by a concurrent import is skipped).
     */
    public List<Inserted> insertOrders(List<Row> rows) {
        List<Inserted> inserted = new java.util.ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int n = chunk.size();
            String[][] text = new String[11][n];
            BigDecimal[][] amounts = new BigDecimal[4][n];
            Timestamp[][] times = new Timestamp[4][n];
            for (int i = 0; i < n; i++) {
                Row r = chunk.get(i);
                String[] t = {
                    r.channel(),
                    r.externalId(),
                    r.status(),
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
                    .query((rs, i) -> new Inserted(
                            rs.getLong("id"),
                            rs.getString("order_no"),
                            new Key(rs.getString("channel_code"), rs.getString("external_id"))))
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

    /** (order id, line no, sku, title, quantity, unit price, discount, amount) rows. */
    public void insertLines(List<Object[]> rows) {
        run("""
                insert into orders.order_lines (order_id, line_no, sku_code, title, quantity, unit_price, discount,
                  amount) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** (id, shipment no, order id, warehouse, carrier, tracking no, created, shipped, delivered, last scan at, last scan status, last scan location) rows; status DELIVERED. */
    public void insertShipments(List<Object[]> rows) {
        run("""
                insert into orders.shipments (id, shipment_no, order_id, warehouse_code, status, carrier, tracking_no,
                  created_at, shipped_at, delivered_at, last_scan_at, last_scan_status, last_scan_location)
                values (?, ?, ?, ?, 'DELIVERED', ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** (shipment id, sku, quantity) rows. */
    public void insertShipmentLines(List<Object[]> rows) {
        run("insert into orders.shipment_lines (shipment_id, sku_code, quantity) values (?, ?, ?)", rows);
    }

    /** (order id, sku, warehouse, quantity, shipment id) rows: what the parcel took out, not a reservation. */
    public void insertAllocations(List<Object[]> rows) {
        run("""
                insert into orders.order_allocations (order_id, sku_code, warehouse_code, quantity, shipment_id)
                values (?, ?, ?, ?, ?)""", rows);
    }

    /** (shipment id, event key, status, location, description, occurred at) rows; a known event key is skipped. */
    public void insertScans(List<Object[]> rows) {
        run("""
                insert into orders.tracking_events (shipment_id, event_key, status, location, description,
                  occurred_at, received_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (event_key) do nothing""", rows);
    }

    /**
     * (id, return no, order id, type, status, reason, note, resellable, restock warehouse, requested, approved,
     * received, closed) rows.
     */
    public void insertReturns(List<Object[]> rows) {
        run("""
                insert into orders.returns (id, return_no, order_id, type, status, reason_code, reason_note, resellable,
                  restock_warehouse, requested_at, approved_at, received_at, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** (return id, sku, quantity, amount) rows. */
    public void insertReturnLines(List<Object[]> rows) {
        run("insert into orders.return_lines (return_id, sku_code, quantity, amount) values (?, ?, ?, ?)", rows);
    }

    /** (refund no, order id, return id, amount, reason, fast, decided by, requested, refunded) rows; status REFUNDED. */
    public void insertRefunds(List<Object[]> rows) {
        run("""
                insert into orders.refunds (refund_no, order_id, return_id, amount, reason, status, fast, decided_by,
                  requested_at, refunded_at) values (?, ?, ?, ?, ?, 'REFUNDED', ?, ?, ?, ?)""", rows);
    }

    /** (order id, at, type, actor, summary, detail JSON) rows, at their historical times. */
    public void insertEvents(List<Object[]> rows) {
        run("""
                insert into orders.order_events (order_id, at, type, actor, summary, detail)
                values (?, ?, ?, ?, ?, cast(? as jsonb))""", rows);
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

    private void run(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            batch.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
