package io.storeops.inventory.internal;

import io.storeops.inventory.MovementType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger figures behind the inventory KPIs, reconstructed in SQL: on hand at a time is the sum of the on-hand
 * deltas before it, available at the end of a day the sum of on-hand minus reserved deltas up to that day.
 */
@Repository
public class KpiRepository {

    private static final Set<MovementType> SOLD =
            Set.of(MovementType.SHIPMENT, MovementType.OUTBOUND, MovementType.RETURN);
    private static final Set<MovementType> RECEIVED = Set.of(MovementType.INBOUND, MovementType.TRANSFER_IN);

    private final JdbcClient jdbc;

    KpiRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per stock row: on hand at {@code start}, at {@code end} and now; units sold (shipped + outbound − returned) and
     * received (inbound + transfer in + returned) in [start, end); the time of its first ledger line.
     */
    public List<StockFacts> stockFacts(Instant start, Instant end) {
        return jdbc.sql("""
                        select s.sku_code, w.code as warehouse, w.name as warehouse_name, s.on_hand,
                            coalesce(l.start_on_hand, 0) as start_on_hand, coalesce(l.end_on_hand, 0) as end_on_hand,
                            coalesce(l.sold, 0) as sold, coalesce(l.received, 0) as received, l.first_at
                        from inventory.stock s
                        join inventory.warehouses w on w.id = s.warehouse_id
                        left join (
                            select sku_code, warehouse_id,
                                sum(on_hand_delta) filter (where at < :start) as start_on_hand,
                                sum(on_hand_delta) filter (where at < :end) as end_on_hand,
                                -sum(on_hand_delta) filter (
                                    where at >= :start and at < :end and movement = any(:sold)) as sold,
                                sum(on_hand_delta) filter (
                                    where at >= :start and at < :end and movement = any(:received)) as received,
                                min(at) as first_at
                            from inventory.stock_ledger
                            group by sku_code, warehouse_id) l
                          on l.sku_code = s.sku_code and l.warehouse_id = s.warehouse_id
                        order by s.sku_code, w.code""")
                .param("start", utc(start))
                .param("end", utc(end))
                .param("sold", names(SOLD))
                .param("received", names(RECEIVED))
                .query((rs, n) -> new StockFacts(
                        rs.getString("sku_code"),
                        rs.getString("warehouse"),
                        rs.getString("warehouse_name"),
                        rs.getLong("start_on_hand"),
                        rs.getLong("end_on_hand"),
                        rs.getInt("on_hand"),
                        rs.getLong("sold"),
                        rs.getLong("received"),
                        rs.getTimestamp("first_at") == null
                                ? null
                                : rs.getTimestamp("first_at").toInstant()))
                .list();
    }

    /**
     * Per SKU × day of the period, from the day the SKU first had stock on: how many days counted and on how many
     * its available at the end of the day was 0 — per stock row ({@code warehouse} set) and per SKU over the active
     * warehouses ({@code warehouse} null). Days are calendar days in {@code zone}.
     */
    public List<StockOutDays> stockOutDays(LocalDate from, int days, ZoneId zone) {
        Instant end = from.plusDays(days).atStartOfDay(zone).toInstant();
        return jdbc.sql("""
                        with days as (
                            select cast(:from as date) + i as day from generate_series(-1, :days - 1) as g(i)
                        ),
                        daily as (
                            select sku_code, warehouse_id,
                                greatest(cast(at at time zone :zone as date), cast(:from as date) - 1) as day,
                                sum(on_hand_delta - reserved_delta) as delta
                            from inventory.stock_ledger
                            where at < :end
                            group by 1, 2, 3
                        ),
                        first_stock as (
                            select sku_code, warehouse_id, min(cast(at at time zone :zone as date)) as first_day
                            from inventory.stock_ledger
                            where on_hand_after > 0 and at < :end
                            group by sku_code, warehouse_id
                        ),
                        grid as (
                            select f.sku_code, f.warehouse_id, f.first_day, d.day,
                                sum(coalesce(x.delta, 0)) over (
                                    partition by f.sku_code, f.warehouse_id order by d.day) as available
                            from first_stock f
                            cross join days d
                            left join daily x
                              on x.sku_code = f.sku_code and x.warehouse_id = f.warehouse_id and x.day = d.day
                        ),
                        per_sku as (
                            select g.sku_code, g.day, min(g.first_day) as first_day, sum(g.available) as available
                            from grid g join inventory.warehouses w on w.id = g.warehouse_id and w.active
                            group by g.sku_code, g.day
                        )
                        select g.sku_code, w.code as warehouse, count(*) as counted,
                            count(*) filter (where g.available = 0) as stocked_out
                        from grid g join inventory.warehouses w on w.id = g.warehouse_id
                        where g.day >= cast(:from as date) and g.day >= g.first_day
                        group by g.sku_code, w.code
                        union all
                        select s.sku_code, null, count(*), count(*) filter (where s.available = 0)
                        from per_sku s
                        where s.day >= cast(:from as date) and s.day >= s.first_day
                        group by s.sku_code""")
                .param("from", from)
                .param("days", days)
                .param("zone", zone.getId())
                .param("end", utc(end))
                .query((rs, n) -> new StockOutDays(
                        rs.getString("sku_code"),
                        rs.getString("warehouse"),
                        rs.getLong("counted"),
                        rs.getLong("stocked_out")))
                .list();
    }

    /**
     * The receipts (inbound, return, transfer in) of each stock row with stock that its current on hand still
     * consists of under FIFO: newest first, until they cover the on hand.
     */
    public List<ReceiptRow> currentReceipts() {
        return jdbc.sql("""
                        select r.sku_code, r.warehouse, r.at, r.quantity
                        from (
                            select l.sku_code, w.code as warehouse, l.at, l.on_hand_delta as quantity, s.on_hand,
                                sum(l.on_hand_delta) over (
                                    partition by l.sku_code, l.warehouse_id order by l.at desc, l.id desc)
                                    - l.on_hand_delta as newer
                            from inventory.stock_ledger l
                            join inventory.stock s on s.sku_code = l.sku_code and s.warehouse_id = l.warehouse_id
                            join inventory.warehouses w on w.id = l.warehouse_id
                            where l.movement = any(:received) and s.on_hand > 0) r
                        where r.newer < r.on_hand""")
                .param("received", names(RECEIVED))
                .query((rs, n) -> new ReceiptRow(
                        rs.getString("sku_code"),
                        rs.getString("warehouse"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getInt("quantity")))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String[] names(Set<MovementType> types) {
        return types.stream().map(MovementType::name).toArray(String[]::new);
    }

    /** The ledger figures of one stock row; {@code firstAt} is null for a row without ledger lines. */
    public record StockFacts(
            String skuCode,
            String warehouse,
            String warehouseName,
            long startOnHand,
            long endOnHand,
            int onHand,
            long unitsSold,
            long unitsReceived,
            Instant firstAt) {}

    /** Counted and stocked-out days of a SKU in a warehouse, or over all active warehouses when it is null. */
    public record StockOutDays(String skuCode, String warehouse, long counted, long stockedOut) {}

    /** One receipt still on hand under FIFO. */
    public record ReceiptRow(String skuCode, String warehouse, Instant at, int quantity) {}
}
