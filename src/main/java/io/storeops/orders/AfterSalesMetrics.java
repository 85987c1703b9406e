package io.storeops.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After-sales metrics over a period (F4.8), for orders placed in it. Definitions:
 *
 * <ul>
 *   <li><b>return rate</b> = orders with a return, exchange or refund-only request (not rejected) ÷ shipped orders;
 *       also per reason, per SKU (top 20) and per channel;
 *   <li><b>dispute rate</b> = orders with a customer report (wrong, damaged or missing item) or a rejected refund ÷
 *       shipped orders;
 *   <li><b>late-shipment rate</b> = shipped orders whose first parcel left after the promised time ÷ shipped orders;
 *   <li><b>refund cycle time</b> = request → payment of paid refunds: median, 90th percentile and mean in hours, and
 *       the share paid by the fast-refund policy.
 * </ul>
 *
 * Shipped orders are those with at least one parcel. Daily counts of orders, shipments and returns feed the charts.
 */
@Service
public class AfterSalesMetrics {

    /** Orders placed in the period: the SQL condition on {@code o.ordered_at}, taking the period's two ends. */
    private static final String IN_PERIOD = "o.ordered_at >= ? and o.ordered_at < ?";

    private final JdbcClient jdbc;

    AfterSalesMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Rate(String key, long count, BigDecimal rate) {}

    public record Report(
            Instant from,
            Instant to,
            long orders,
            long shippedOrders,
            BigDecimal returnRate,
            BigDecimal disputeRate,
            BigDecimal lateShipmentRate,
            Map<String, Object> refundCycle,
            List<Rate> returnsByReason,
            List<Rate> returnsByChannel,
            List<Rate> returnsBySku,
            List<Map<String, Object>> daily) {}

    @Transactional(readOnly = true)
    public Report report(Instant from, Instant to) {
        Timestamp f = Timestamp.from(from);
        Timestamp t = Timestamp.from(to);
        long shipped = shippedOrders(f, t);
        return new Report(
                from,
                to,
                count("select count(*) from orders.orders o where " + IN_PERIOD, f, t),
                shipped,
                ratio(returnedOrders(f, t), shipped),
                ratio(disputedOrders(f, t), shipped),
                ratio(lateOrders(f, t), shipped),
                refundCycle(f, t),
                returnsByReason(f, t, shipped),
                returnsByChannel(f, t),
                returnsBySku(f, t),
                daily(f, to));
    }

    private long shippedOrders(Timestamp f, Timestamp t) {
        return count(
                "select count(*) from orders.orders o where " + IN_PERIOD
                        + " and exists (select 1 from orders.shipments s where s.order_id = o.id)",
                f,
                t);
    }

    /** Orders with a return, exchange or refund-only request that was not rejected. */
    private long returnedOrders(Timestamp f, Timestamp t) {
        return count(
                "select count(distinct r.order_id) from orders.returns r join orders.orders o on o.id = r.order_id"
                        + " where " + IN_PERIOD + " and r.status <> 'REJECTED'",
                f,
                t);
    }

    /** Orders with a customer report (wrong, damaged or missing item) or a rejected refund. */
    private long disputedOrders(Timestamp f, Timestamp t) {
        return count("""
                select count(distinct o.id) from orders.orders o
                where %s and (exists (select 1 from orders.warnings w where w.order_id = o.id
                                       and w.type in ('WRONG_ITEM', 'DAMAGED', 'MISSING_ITEM'))
                              or exists (select 1 from orders.refunds x where x.order_id = o.id and x.status = 'REJECTED'))""".formatted(IN_PERIOD), f, t);
    }

    /** Orders whose first parcel left after the promised time. */
    private long lateOrders(Timestamp f, Timestamp t) {
        return count("""
                select count(*) from orders.orders o
                where %s and o.ship_by < (select min(s.shipped_at) from orders.shipments s
                                           where s.order_id = o.id and s.replacement_of is null)""".formatted(IN_PERIOD), f, t);
    }

    /** Request → payment of paid refunds: count, median, 90th percentile and mean hours, fast share, amount. */
    private Map<String, Object> refundCycle(Timestamp f, Timestamp t) {
        return jdbc.sql("""
                        select count(*) as refunds,
                               round(coalesce(percentile_cont(0.5) within group (order by extract(epoch from x.refunded_at - x.requested_at)), 0)::numeric / 3600, 2) as p50_hours,
                               round(coalesce(percentile_cont(0.9) within group (order by extract(epoch from x.refunded_at - x.requested_at)), 0)::numeric / 3600, 2) as p90_hours,
                               round(coalesce(avg(extract(epoch from x.refunded_at - x.requested_at)), 0)::numeric / 3600, 2) as mean_hours,
                               round(coalesce(avg(case when x.fast then 1.0 else 0.0 end), 0)::numeric, 4) as fast_share,
                               coalesce(sum(x.amount), 0) as amount
                        from orders.refunds x join orders.orders o on o.id = x.order_id
                        where %s and x.status = 'REFUNDED'""".formatted(IN_PERIOD)).params(f, t).query().singleRow();
    }

    private List<Rate> returnsByReason(Timestamp f, Timestamp t, long shipped) {
        return rates("""
                select r.reason_code as key, count(distinct r.order_id) as n from orders.returns r
                join orders.orders o on o.id = r.order_id where %s and r.status <> 'REJECTED'
                group by r.reason_code order by n desc""".formatted(IN_PERIOD), f, t, shipped);
    }

    /** Returned orders of each channel ÷ that channel's shipped orders. */
    private List<Rate> returnsByChannel(Timestamp f, Timestamp t) {
        return jdbc.sql("""
                        select o.channel_code as key,
                               count(distinct r.order_id) as returned,
                               (select count(*) from orders.orders o2 where o2.channel_code = o.channel_code
                                  and o2.ordered_at >= ? and o2.ordered_at < ?
                                  and exists (select 1 from orders.shipments s where s.order_id = o2.id)) as shipped
                        from orders.returns r join orders.orders o on o.id = r.order_id
                        where %s and r.status <> 'REJECTED' group by o.channel_code order by returned desc""".formatted(IN_PERIOD))
                .params(f, t, f, t)
                .query((rs, i) -> new Rate(
                        rs.getString("key"),
                        rs.getLong("returned"),
                        ratio(rs.getLong("returned"), rs.getLong("shipped"))))
                .list();
    }

    /** The 20 most returned SKUs: units returned ÷ units sold. */
    private List<Rate> returnsBySku(Timestamp f, Timestamp t) {
        return jdbc.sql("""
                        select l.sku_code as key, sum(l.quantity) as returned,
                               (select coalesce(sum(ol.quantity), 0) from orders.order_lines ol join orders.orders o2 on o2.id = ol.order_id
                                 where ol.sku_code = l.sku_code and o2.ordered_at >= ? and o2.ordered_at < ?) as sold
                        from orders.return_lines l join orders.returns r on r.id = l.return_id
                        join orders.orders o on o.id = r.order_id
                        where %s and r.status <> 'REJECTED' group by l.sku_code order by returned desc limit 20""".formatted(IN_PERIOD))
                .params(f, t, f, t)
                .query((rs, i) -> new Rate(
                        rs.getString("key"), rs.getLong("returned"), ratio(rs.getLong("returned"), rs.getLong("sold"))))
                .list();
    }

    /** Orders, shipments and returns per Shanghai day from {@code f} up to (not including) {@code to}. */
    private List<Map<String, Object>> daily(Timestamp f, Instant to) {
        return jdbc.sql("""
                        select d.day,
                               (select count(*) from orders.orders o where (o.ordered_at at time zone 'Asia/Shanghai')::date = d.day) as orders,
                               (select count(*) from orders.shipments s where (s.shipped_at at time zone 'Asia/Shanghai')::date = d.day) as shipments,
                               (select count(*) from orders.returns r where (r.requested_at at time zone 'Asia/Shanghai')::date = d.day) as returns
                        from generate_series((cast(? as timestamptz) at time zone 'Asia/Shanghai')::date,
                                             (cast(? as timestamptz) at time zone 'Asia/Shanghai')::date, interval '1 day') as d(day)
                        order by d.day""")
                .params(f, Timestamp.from(to.minusMillis(1)))
                .query()
                .listOfRows();
    }

    private long count(String sql, Timestamp from, Timestamp to) {
        return jdbc.sql(sql).params(from, to).query(Long.class).single();
    }

    private List<Rate> rates(String sql, Timestamp from, Timestamp to, long base) {
        return jdbc.sql(sql)
                .params(from, to)
                .query((rs, i) -> new Rate(rs.getString("key"), rs.getLong("n"), ratio(rs.getLong("n"), base)))
                .list();
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
