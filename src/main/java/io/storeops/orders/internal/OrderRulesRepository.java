package io.storeops.orders.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review settings, the blacklist and the routing table. */
@Repository
public class OrderRulesRepository {

    private final JdbcClient jdbc;

    OrderRulesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> reviewSettingsJson() {
        return jdbc.sql("select settings::text from orders.review_settings where id = 1")
                .query(String.class)
                .optional();
    }

    public void saveReviewSettings(String json, String actor) {
        jdbc.sql("""
                        insert into orders.review_settings (id, settings, updated_by) values (1, cast(? as jsonb), ?)
                        on conflict (id) do update set settings = excluded.settings, updated_by = excluded.updated_by,
                          updated_at = now()""").params(json, actor).update();
    }

    /** A blacklist entry. */
    public record BlacklistRow(
            long id, String kind, String value, String reason, String createdBy, java.time.Instant createdAt) {}

    public List<BlacklistRow> blacklist() {
        return jdbc.sql("select * from orders.blacklist order by kind, value")
                .query((rs, i) -> new BlacklistRow(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("value"),
                        rs.getString("reason"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public Optional<Long> addToBlacklist(String kind, String value, String reason, String actor) {
        return jdbc.sql("""
                        insert into orders.blacklist (kind, value, reason, created_by) values (?, ?, ?, ?)
                        on conflict (kind, value) do nothing returning id""")
                .params(kind, value, reason, actor)
                .query(Long.class)
                .optional();
    }

    public Optional<BlacklistRow> removeFromBlacklist(long id) {
        return jdbc.sql("delete from orders.blacklist where id = ? returning *")
                .param(id)
                .query((rs, i) -> new BlacklistRow(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("value"),
                        rs.getString("reason"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    /** One row of the routing table. */
    public record RoutingRow(String province, String warehouse, int priority, BigDecimal cost) {}

    public List<RoutingRow> routingRules() {
        return jdbc.sql("""
                        select province, warehouse_code, priority, cost from orders.routing_rules
                        order by province, priority, cost, warehouse_code""")
                .query((rs, i) -> new RoutingRow(
                        rs.getString("province"),
                        rs.getString("warehouse_code"),
                        rs.getInt("priority"),
                        rs.getBigDecimal("cost")))
                .list();
    }

    public void replaceRoutingRules(List<RoutingRow> rows) {
        jdbc.sql("delete from orders.routing_rules").update();
        for (RoutingRow r : rows) {
            jdbc.sql("insert into orders.routing_rules (province, warehouse_code, priority, cost) values (?, ?, ?, ?)")
                    .params(r.province(), r.warehouse(), r.priority(), r.cost())
                    .update();
        }
    }
}
