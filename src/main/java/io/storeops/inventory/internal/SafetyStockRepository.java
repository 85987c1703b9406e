package io.storeops.inventory.internal;

import io.storeops.inventory.SafetyStockPolicy;
import io.storeops.inventory.SafetyStockSetting;
import io.storeops.inventory.StockAlert;
import io.storeops.platform.Paging;
import io.storeops.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Safety-stock settings and the alerts raised against them. */
@Repository
public class SafetyStockRepository {

    private final JdbcClient jdbc;

    SafetyStockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String skuCode, SafetyStockPolicy policy, int threshold, boolean computed) {
        jdbc.sql("""
                        insert into inventory.safety_stock (sku_code, mode, fixed_quantity, lead_time_days, safety_factor,
                            threshold, computed_at)
                        values (?, ?, ?, ?, ?, ?, case when ? then now() end)
                        on conflict (sku_code) do update set mode = excluded.mode,
                            fixed_quantity = excluded.fixed_quantity, lead_time_days = excluded.lead_time_days,
                            safety_factor = excluded.safety_factor, threshold = excluded.threshold,
                            computed_at = excluded.computed_at, updated_at = now()""")
                .params(
                        skuCode,
                        policy.mode().name(),
                        policy.fixedQuantity(),
                        policy.leadTimeDays(),
                        policy.safetyFactor(),
                        threshold,
                        computed)
                .update();
    }

    public Optional<SafetyStockSetting> find(String skuCode) {
        return jdbc.sql("select * from inventory.safety_stock where sku_code = ?")
                .param(skuCode)
                .query(SafetyStockRepository::setting)
                .optional();
    }

    public List<SafetyStockSetting> findComputed() {
        return jdbc.sql("select * from inventory.safety_stock where mode = 'COMPUTED' order by sku_code")
                .query(SafetyStockRepository::setting)
                .list();
    }

    /** Units sold per day (shipments and outbound minus returns) over the last {@code days} days, oldest first. */
    public List<Integer> dailyDemand(String skuCode, int days, Instant now) {
        return jdbc.sql("""
                        select coalesce(sum(case when l.movement in ('SHIPMENT', 'OUTBOUND') then -l.on_hand_delta
                                                 when l.movement = 'RETURN' then -l.on_hand_delta else 0 end), 0)::int
                        from generate_series(0, ? - 1) as d(n)
                        left join inventory.stock_ledger l on l.sku_code = ?
                          and l.at >= date_trunc('day', cast(? as timestamptz)) - (d.n * interval '1 day')
                          and l.at < date_trunc('day', cast(? as timestamptz)) - ((d.n - 1) * interval '1 day')
                        group by d.n order by d.n desc""")
                .params(days, skuCode, Timestamp.from(now), Timestamp.from(now))
                .query(Integer.class)
                .list();
    }

    /**
     * For the given SKUs: opens an alert for each one whose available stock is below its threshold and has no open
     * alert, and resolves open alerts whose stock has recovered. Returns the alerts opened.
     */
    public List<StockAlert> reconcileAlerts(Collection<String> skuCodes) {
        String[] codes = skuCodes.toArray(String[]::new);
        jdbc.sql("""
                        update inventory.stock_alerts a set resolved_at = now(), available_at_resolve = s.available
                        from (select t.sku_code, t.threshold, coalesce(sum(st.on_hand - st.reserved), 0) as available
                              from unnest(?::text[]) as c(code)
                              join inventory.safety_stock t on t.sku_code = c.code
                              left join inventory.stock st on st.sku_code = t.sku_code
                                and st.warehouse_id in (select id from inventory.warehouses where active)
                              group by t.sku_code, t.threshold) s
                        where a.sku_code = s.sku_code and a.resolved_at is null and s.available >= s.threshold""").param(codes).update();
        return jdbc.sql("""
                        insert into inventory.stock_alerts (sku_code, threshold, available_at_raise)
                        select s.sku_code, s.threshold, s.available
                        from (select t.sku_code, t.threshold, coalesce(sum(st.on_hand - st.reserved), 0) as available
                              from unnest(?::text[]) as c(code)
                              join inventory.safety_stock t on t.sku_code = c.code
                              left join inventory.stock st on st.sku_code = t.sku_code
                                and st.warehouse_id in (select id from inventory.warehouses where active)
                              group by t.sku_code, t.threshold) s
                        where s.available < s.threshold
                        on conflict (sku_code) where resolved_at is null do nothing
                        returning *""").param(codes).query(SafetyStockRepository::alert).list();
    }

    public PageResult<StockAlert> alerts(boolean openOnly, String skuCode, int page, int size) {
        String where = " where (not ? or resolved_at is null) and (cast(? as text) is null or sku_code = ?)";
        return Paging.page(
                jdbc,
                "select count(*) from inventory.stock_alerts" + where,
                "select * from inventory.stock_alerts" + where + " order by raised_at desc, id desc",
                Arrays.asList(openOnly, skuCode, skuCode),
                SafetyStockRepository::alert,
                page,
                size);
    }

    public boolean acknowledge(long id, String actor) {
        return jdbc.sql(
                                "update inventory.stock_alerts set acknowledged_by = ?, acknowledged_at = now() where id = ? and acknowledged_at is null")
                        .params(actor, id)
                        .update()
                == 1;
    }

    private static SafetyStockSetting setting(ResultSet rs, int n) throws SQLException {
        var policy = new SafetyStockPolicy(
                SafetyStockPolicy.Mode.valueOf(rs.getString("mode")),
                (Integer) rs.getObject("fixed_quantity"),
                (Integer) rs.getObject("lead_time_days"),
                rs.getBigDecimal("safety_factor"));
        Timestamp computed = rs.getTimestamp("computed_at");
        return new SafetyStockSetting(
                rs.getString("sku_code"),
                policy,
                rs.getInt("threshold"),
                computed == null ? null : computed.toInstant());
    }

    private static StockAlert alert(ResultSet rs, int n) throws SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        return new StockAlert(
                rs.getLong("id"),
                rs.getString("sku_code"),
                rs.getInt("threshold"),
                rs.getInt("available_at_raise"),
                rs.getTimestamp("raised_at").toInstant(),
                resolved == null ? null : resolved.toInstant(),
                (Integer) rs.getObject("available_at_resolve"),
                rs.getString("acknowledged_by"),
                acknowledged == null ? null : acknowledged.toInstant());
    }
}
