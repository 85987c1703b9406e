package io.storeops.orders.internal;

import io.storeops.orders.HoldReason;
import io.storeops.orders.OrderQuery;
import io.storeops.orders.OrderStatus;
import io.storeops.orders.OrderSummary;
import io.storeops.orders.OrderView;
import io.storeops.platform.Paging;
import io.storeops.platform.Where;
import io.storeops.shared.Money;
import io.storeops.shared.PageResult;
import io.storeops.shared.PhoneNumber;
import io.storeops.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads of orders for the API and console. Every filter is a bound parameter; sorts come from a fixed list. */
@Repository
public class OrderQueries {

    private static final TypeReference<List<HoldReason>> REASONS = new TypeReference<>() {};
    private static final Map<String, String> SORTS =
            Map.of("orderedAt", "o.ordered_at", "total", "o.total", "status", "o.status", "shipBy", "o.ship_by");

    private static final String SUMMARY_SELECT = """
            select o.id, o.order_no, o.channel_code, o.external_id, o.status, o.hold_reasons, o.buyer_name,
                   o.buyer_phone, o.province, o.city, o.total, o.ordered_at, o.ship_by,
                   (select coalesce(sum(quantity), 0) from orders.order_lines l where l.order_id = o.id) as units,
                   (select string_agg(distinct warehouse_code, ',') from orders.order_allocations a
                     where a.order_id = o.id) as warehouses
            from orders.orders o""";

    private final JdbcClient jdbc;
    private final OrderRepository orders;
    private final JsonMapper json;

    OrderQueries(JdbcClient jdbc, OrderRepository orders, JsonMapper json) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.json = json;
    }

    public Optional<OrderView> find(long id) {
        return jdbc.sql("select * from orders.orders where id = ?")
                .param(id)
                .query((rs, i) -> view(rs))
                .optional();
    }

    public Optional<Long> idOf(String orderNo) {
        return jdbc.sql("select id from orders.orders where order_no = ?")
                .param(orderNo)
                .query(Long.class)
                .optional();
    }

    private OrderView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Long group = rs.getObject("merge_group") == null ? null : rs.getLong("merge_group");
        return new OrderView(
                id,
                rs.getString("order_no"),
                rs.getString("channel_code"),
                rs.getString("external_id"),
                rs.getString("source"),
                OrderStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("hold_reasons"), REASONS),
                rs.getString("buyer_nick"),
                rs.getString("buyer_name"),
                rs.getString("buyer_phone"),
                rs.getString("province"),
                rs.getString("city"),
                rs.getString("district"),
                rs.getString("address_detail"),
                Money.of(rs.getBigDecimal("items_amount")),
                Money.of(rs.getBigDecimal("discount")),
                Money.of(rs.getBigDecimal("shipping_fee")),
                Money.of(rs.getBigDecimal("total")),
                rs.getString("payment_method"),
                rs.getString("buyer_message"),
                instant(rs.getTimestamp("ordered_at")),
                instant(rs.getTimestamp("paid_at")),
                instant(rs.getTimestamp("ship_by")),
                group,
                orders.lines(id),
                orders.allocations(id),
                rs.getInt("version"),
                instant(rs.getTimestamp("updated_at")));
    }

    public PageResult<OrderSummary> search(OrderQuery query, int page, int size) {
        Where where = new Where();
        if (query.status() != null) {
            where.and("o.status = ?", query.status().name());
        }
        if (query.heldOnly()) {
            where.and("o.status = 'HELD'");
        }
        if (query.channel() != null && !query.channel().isBlank()) {
            where.and("o.channel_code = ?", query.channel());
        }
        if (query.warehouse() != null && !query.warehouse().isBlank()) {
            where.and(
                    "exists (select 1 from orders.order_allocations a where a.order_id = o.id and a.warehouse_code = ?)",
                    query.warehouse());
        }
        if (query.from() != null) {
            where.and("o.ordered_at >= ?", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.and("o.ordered_at < ?", Timestamp.from(query.to()));
        }
        if (query.q() != null && !query.q().isBlank()) {
            String q = query.q().strip();
            // buyer phones are stored in E.164: 139 1234 finds +861391234…, as does +86 139-1234
            where.and(
                    "(o.order_no = ? or o.external_id = ? or o.buyer_phone like ? escape '\\'"
                            + " or o.buyer_phone like ? escape '\\')",
                    q,
                    q,
                    Where.startingWith(q),
                    Where.startingWith(PhoneNumber.searchPrefix(q).orElse(q)));
        }
        String order = SortOrder.parse(query.sort(), SORTS.keySet(), false)
                .map(sort -> SORTS.get(sort.field()) + " " + sort.direction() + " nulls last, o.id desc")
                .orElse("o.ordered_at desc, o.id desc");
        return Paging.page(
                jdbc,
                "select count(*) from orders.orders o" + where.sql(),
                SUMMARY_SELECT + where.sql() + " order by " + order,
                where.params(),
                (rs, i) -> summary(rs),
                page,
                size);
    }

    private OrderSummary summary(ResultSet rs) throws SQLException {
        return new OrderSummary(
                rs.getLong("id"),
                rs.getString("order_no"),
                rs.getString("channel_code"),
                rs.getString("external_id"),
                OrderStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("hold_reasons"), REASONS),
                rs.getString("buyer_name"),
                rs.getString("buyer_phone"),
                rs.getString("province"),
                rs.getString("city"),
                Money.of(rs.getBigDecimal("total")),
                rs.getInt("units"),
                rs.getString("warehouses"),
                instant(rs.getTimestamp("ordered_at")),
                instant(rs.getTimestamp("ship_by")));
    }

    /** Order counts per status (for the console's tabs). */
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) as n from orders.orders group by status")
                .query(rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
