package io.storeops.orders.internal;

import io.storeops.orders.ShipmentStatus;
import io.storeops.orders.ShipmentView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parcels, their lines and tracking scans. */
@Repository
public class ShipmentRepository {

    private final JdbcClient jdbc;

    ShipmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a parcel and answers its id; the parcel number is derived from the order number. */
    public long insert(
            long orderId,
            String orderNo,
            String warehouse,
            String status,
            String carrier,
            String trackingNo,
            Long replacementOf,
            String reason) {
        return jdbc.sql("""
                        insert into orders.shipments (shipment_no, order_id, warehouse_code, status, carrier,
                          tracking_no, replacement_of, reason, shipped_at)
                        values (? || '-' || (select count(*) + 1 from orders.shipments where order_id = ?), ?, ?, ?, ?, ?,
                          ?, ?, case when ? = 'SHIPPED' then now() end)
                        returning id""")
                .params(
                        orderNo,
                        orderId,
                        orderId,
                        warehouse,
                        status,
                        carrier,
                        trackingNo,
                        replacementOf,
                        reason,
                        status)
                .query(Long.class)
                .single();
    }

    public void insertLines(long shipmentId, List<ShipmentView.Line> lines) {
        for (var line : lines) {
            jdbc.sql("insert into orders.shipment_lines (shipment_id, sku_code, quantity) values (?, ?, ?)")
                    .params(shipmentId, line.skuCode(), line.quantity())
                    .update();
        }
    }

    public boolean trackingNumberTaken(String carrier, String trackingNo) {
        return jdbc.sql("select count(*) from orders.shipments where carrier = ? and tracking_no = ?")
                        .params(carrier, trackingNo)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<ShipmentView> ofOrder(long orderId) {
        return jdbc.sql("select * from orders.shipments where order_id = ? order by id")
                .param(orderId)
                .query((rs, i) -> view(rs))
                .list();
    }

    public Optional<ShipmentView> find(long id) {
        return jdbc.sql("select * from orders.shipments where id = ?")
                .param(id)
                .query((rs, i) -> view(rs))
                .optional();
    }

    public Optional<ShipmentView> findByNumber(String shipmentNo) {
        return jdbc.sql("select * from orders.shipments where shipment_no = ?")
                .param(shipmentNo)
                .query((rs, i) -> view(rs))
                .optional();
    }

    public Optional<ShipmentView> findByTrackingNo(String trackingNo) {
        return jdbc.sql("select * from orders.shipments where tracking_no = ? order by id desc limit 1")
                .param(trackingNo)
                .query((rs, i) -> view(rs))
                .optional();
    }

    /** The parcel with this tracking number, locked (the newest if carriers reuse numbers). */
    public Optional<ShipmentView> lockByTrackingNo(String trackingNo) {
        return jdbc.sql("select * from orders.shipments where tracking_no = ? order by id desc limit 1 for update")
                .param(trackingNo)
                .query((rs, i) -> view(rs))
                .optional();
    }

    /** Stores a scan once per event key; answers whether it was new. */
    public boolean insertScan(
            long shipmentId, String eventKey, String status, String location, String description, Instant occurredAt) {
        return jdbc.sql("""
                                insert into orders.tracking_events (shipment_id, event_key, status, location, description,
                                  occurred_at) values (?, ?, ?, ?, ?, ?) on conflict (event_key) do nothing""")
                        .params(shipmentId, eventKey, status, location, description, Timestamp.from(occurredAt))
                        .update()
                == 1;
    }

    /** Moves the parcel's last scan forward (never back) and its status. */
    public void updateAfterScan(
            long shipmentId, ShipmentStatus status, String scanStatus, String location, Instant at) {
        jdbc.sql("""
                        update orders.shipments set
                          status = case when status = 'DELIVERED' then status else ? end,
                          delivered_at = case when ? = 'DELIVERED' and delivered_at is null then ? else delivered_at end,
                          last_scan_status = case when last_scan_at is null or last_scan_at <= ? then ? else last_scan_status end,
                          last_scan_location = case when last_scan_at is null or last_scan_at <= ? then ? else last_scan_location end,
                          last_scan_at = greatest(coalesce(last_scan_at, ?), ?)
                        where id = ?""")
                .params(
                        status.name(),
                        status.name(),
                        Timestamp.from(at),
                        Timestamp.from(at),
                        scanStatus,
                        Timestamp.from(at),
                        location,
                        Timestamp.from(at),
                        Timestamp.from(at),
                        shipmentId)
                .update();
    }

    public void markShipped(long shipmentId, String carrier, String trackingNo) {
        jdbc.sql("""
                        update orders.shipments set status = 'SHIPPED', carrier = ?, tracking_no = ?, shipped_at = now()
                        where id = ?""").params(carrier, trackingNo, shipmentId).update();
    }

    private ShipmentView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<ShipmentView.Line> lines = jdbc.sql(
                        "select sku_code, quantity from orders.shipment_lines where shipment_id = ? order by sku_code")
                .param(id)
                .query((r, i) -> new ShipmentView.Line(r.getString("sku_code"), r.getInt("quantity")))
                .list();
        List<ShipmentView.Scan> scans = jdbc.sql("""
                        select occurred_at, status, location, description from orders.tracking_events
                        where shipment_id = ? order by occurred_at, id""")
                .param(id)
                .query((r, i) -> new ShipmentView.Scan(
                        r.getTimestamp("occurred_at").toInstant(),
                        r.getString("status"),
                        r.getString("location"),
                        r.getString("description")))
                .list();
        return new ShipmentView(
                id,
                rs.getString("shipment_no"),
                rs.getLong("order_id"),
                rs.getString("warehouse_code"),
                ShipmentStatus.valueOf(rs.getString("status")),
                rs.getString("carrier"),
                rs.getString("tracking_no"),
                rs.getObject("replacement_of") == null ? null : rs.getLong("replacement_of"),
                rs.getString("reason"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("shipped_at")),
                instant(rs.getTimestamp("delivered_at")),
                instant(rs.getTimestamp("last_scan_at")),
                rs.getString("last_scan_status"),
                rs.getString("last_scan_location"),
                lines,
                scans);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
