package io.storeops.orders.internal;

import io.storeops.orders.RefundStatus;
import io.storeops.orders.RefundView;
import io.storeops.orders.ReturnReason;
import io.storeops.orders.ReturnView;
import io.storeops.platform.Paging;
import io.storeops.platform.Where;
import io.storeops.shared.Money;
import io.storeops.shared.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Returns, their lines, refunds and the fast-refund policy. */
@Repository
public class AfterSalesRepository {

    private static final TypeReference<List<RefundView.Check>> CHECKS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AfterSalesRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insertReturn(
            long orderId,
            String orderNo,
            ReturnView.Type type,
            ReturnView.Status status,
            ReturnReason reason,
            String note) {
        return jdbc.sql("""
                        insert into orders.returns (return_no, order_id, type, status, reason_code, reason_note)
                        values ('R' || ? || '-' || (select count(*) + 1 from orders.returns where order_id = ?),
                          ?, ?, ?, ?, ?) returning id""")
                .params(orderNo, orderId, orderId, type.name(), status.name(), reason.name(), note)
                .query(Long.class)
                .single();
    }

    public void insertReturnLine(long returnId, String sku, int quantity, Money amount) {
        jdbc.sql("insert into orders.return_lines (return_id, sku_code, quantity, amount) values (?, ?, ?, ?)")
                .params(returnId, sku, quantity, amount.amount())
                .update();
    }

    public boolean updateReturnStatus(long id, ReturnView.Status from, ReturnView.Status to) {
        String stamp = switch (to) {
            case APPROVED -> ", approved_at = now()";
            case RECEIVED -> ", received_at = now()";
            case CLOSED, REJECTED -> ", closed_at = now()";
            default -> "";
        };
        return jdbc.sql("update orders.returns set status = ?, version = version + 1" + stamp
                                + " where id = ? and status = ?")
                        .params(to.name(), id, from.name())
                        .update()
                == 1;
    }

    public void recordReceipt(long id, boolean resellable, String warehouse) {
        jdbc.sql("update orders.returns set resellable = ?, restock_warehouse = ? where id = ?")
                .params(resellable, warehouse, id)
                .update();
    }

    public long insertRefund(
            long orderId,
            String orderNo,
            Long returnId,
            Money amount,
            String reason,
            RefundStatus status,
            boolean fast,
            List<RefundView.Check> decision,
            String decidedBy) {
        return jdbc.sql("""
                        insert into orders.refunds (refund_no, order_id, return_id, amount, reason, status, fast,
                          decision, decided_by, refunded_at)
                        values ('F' || ? || '-' || (select count(*) + 1 from orders.refunds where order_id = ?),
                          ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, case when ? = 'REFUNDED' then now() end)
                        returning id""")
                .params(
                        orderNo,
                        orderId,
                        orderId,
                        returnId,
                        amount.amount(),
                        reason,
                        status.name(),
                        fast,
                        json.writeValueAsString(decision),
                        decidedBy,
                        status.name())
                .query(Long.class)
                .single();
    }

    /** Moves the refund to {@code to} if it is still {@code from}; answers whether it moved. */
    public boolean decideRefund(long id, RefundStatus from, RefundStatus to, String decidedBy) {
        return jdbc.sql("""
                                update orders.refunds set status = ?, decided_by = ?,
                                  refunded_at = case when ? = 'REFUNDED' then now() else refunded_at end
                                where id = ? and status = ?""")
                        .params(to.name(), decidedBy, to.name(), id, from.name())
                        .update()
                == 1;
    }

    /** What has been refunded or is waiting to be, so no order is refunded beyond what was paid. */
    public BigDecimal refundedOrPending(long orderId) {
        return jdbc.sql("""
                        select coalesce(sum(amount), 0) from orders.refunds
                        where order_id = ? and status in ('PENDING', 'REFUNDED')""").param(orderId).query(BigDecimal.class).single();
    }

    public BigDecimal refunded(long orderId) {
        return jdbc.sql(
                        "select coalesce(sum(amount), 0) from orders.refunds where order_id = ? and status = 'REFUNDED'")
                .param(orderId)
                .query(BigDecimal.class)
                .single();
    }

    /** Refund requests of the buyer (by phone) since the given time. */
    public int refundRequestsOfBuyer(String phone, Instant since) {
        if (phone == null) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from orders.refunds f join orders.orders o on o.id = f.order_id
                        where o.buyer_phone = ? and f.requested_at >= ?""")
                .params(phone, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    public int deliveredOrdersOfBuyer(String phone, long exceptOrder) {
        if (phone == null) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from orders.orders where buyer_phone = ? and id <> ?
                          and status in ('DELIVERED', 'COMPLETED')""").params(phone, exceptOrder).query(Integer.class).single();
    }

    public Optional<String> policyJson() {
        return jdbc.sql("select policy::text from orders.fast_refund_policy where id = 1")
                .query(String.class)
                .optional();
    }

    public void savePolicy(String policyJson, String actor) {
        jdbc.sql("""
                        insert into orders.fast_refund_policy (id, policy, updated_by) values (1, cast(? as jsonb), ?)
                        on conflict (id) do update set policy = excluded.policy, updated_by = excluded.updated_by,
                          updated_at = now()""").params(policyJson, actor).update();
    }

    public Optional<ReturnView> findReturn(long id) {
        return jdbc.sql(RETURN_SELECT + " where r.id = ?")
                .param(id)
                .query((rs, i) -> returnView(rs))
                .optional();
    }

    public List<ReturnView> returnsOf(long orderId) {
        return jdbc.sql(RETURN_SELECT + " where r.order_id = ? order by r.id")
                .param(orderId)
                .query((rs, i) -> returnView(rs))
                .list();
    }

    public PageResult<ReturnView> searchReturns(ReturnView.Status status, ReturnReason reason, int page, int size) {
        Where where = new Where();
        if (status != null) {
            where.and("r.status = ?", status.name());
        }
        if (reason != null) {
            where.and("r.reason_code = ?", reason.name());
        }
        return Paging.page(
                jdbc,
                "select count(*) from orders.returns r" + where.sql(),
                RETURN_SELECT + where.sql() + " order by r.requested_at desc, r.id desc",
                where.params(),
                (rs, i) -> returnView(rs),
                page,
                size);
    }

    public Optional<RefundView> findRefund(long id) {
        return jdbc.sql(REFUND_SELECT + " where f.id = ?")
                .param(id)
                .query((rs, i) -> refundView(rs))
                .optional();
    }

    public List<RefundView> refundsOf(long orderId) {
        return jdbc.sql(REFUND_SELECT + " where f.order_id = ? order by f.id")
                .param(orderId)
                .query((rs, i) -> refundView(rs))
                .list();
    }

    public PageResult<RefundView> searchRefunds(RefundStatus status, int page, int size) {
        String where = status == null ? "" : " where f.status = ?";
        return Paging.page(
                jdbc,
                "select count(*) from orders.refunds f" + where,
                REFUND_SELECT + where + " order by f.requested_at desc, f.id desc",
                status == null ? List.of() : List.of(status.name()),
                (rs, i) -> refundView(rs),
                page,
                size);
    }

    private static final String RETURN_SELECT = """
            select r.*, o.order_no, o.channel_code from orders.returns r join orders.orders o on o.id = r.order_id""";

    private static final String REFUND_SELECT = """
            select f.*, o.order_no from orders.refunds f join orders.orders o on o.id = f.order_id""";

    private ReturnView returnView(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<ReturnView.Line> lines = jdbc.sql(
                        "select sku_code, quantity, amount from orders.return_lines where return_id = ? order by sku_code")
                .param(id)
                .query((r, i) -> new ReturnView.Line(
                        r.getString("sku_code"), r.getInt("quantity"), Money.of(r.getBigDecimal("amount"))))
                .list();
        List<RefundView> refunds = jdbc.sql(REFUND_SELECT + " where f.return_id = ? order by f.id")
                .param(id)
                .query((r, i) -> refundView(r))
                .list();
        return new ReturnView(
                id,
                rs.getString("return_no"),
                rs.getLong("order_id"),
                rs.getString("order_no"),
                rs.getString("channel_code"),
                ReturnView.Type.valueOf(rs.getString("type")),
                ReturnView.Status.valueOf(rs.getString("status")),
                ReturnReason.valueOf(rs.getString("reason_code")),
                rs.getString("reason_note"),
                (Boolean) rs.getObject("resellable"),
                rs.getString("restock_warehouse"),
                instant(rs.getTimestamp("requested_at")),
                instant(rs.getTimestamp("approved_at")),
                instant(rs.getTimestamp("received_at")),
                instant(rs.getTimestamp("closed_at")),
                lines,
                refunds);
    }

    private RefundView refundView(ResultSet rs) throws SQLException {
        return new RefundView(
                rs.getLong("id"),
                rs.getString("refund_no"),
                rs.getLong("order_id"),
                rs.getString("order_no"),
                rs.getObject("return_id") == null ? null : rs.getLong("return_id"),
                Money.of(rs.getBigDecimal("amount")),
                rs.getString("reason"),
                RefundStatus.valueOf(rs.getString("status")),
                rs.getBoolean("fast"),
                json.readValue(rs.getString("decision"), CHECKS),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("requested_at")),
                instant(rs.getTimestamp("refunded_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
