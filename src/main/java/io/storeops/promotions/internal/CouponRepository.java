package io.storeops.promotions.internal;

import io.storeops.platform.Paging;
import io.storeops.promotions.ClaimStatus;
import io.storeops.promotions.CouponStatus;
import io.storeops.promotions.ScopeSpec;
import io.storeops.promotions.engine.CouponKind;
import io.storeops.shared.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Coupon templates and the coupons customers hold (claims). */
@Repository
public class CouponRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CouponRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Template(
            long id,
            String name,
            CouponKind kind,
            CouponStatus status,
            ScopeSpec scope,
            BigDecimal threshold,
            BigDecimal amount,
            Integer rateBp,
            BigDecimal cap,
            Instant validFrom,
            Instant validUntil,
            Integer validDays,
            int totalQuantity,
            int perUserLimit,
            boolean autoIssueOnOrder,
            int issued,
            int redeemed,
            String createdBy,
            Instant createdAt,
            int version) {}

    public record Claim(
            long id,
            long templateId,
            String templateName,
            CouponKind kind,
            String customerId,
            Instant claimedAt,
            Instant validFrom,
            Instant validUntil,
            Instant redeemedAt,
            String orderRef,
            ClaimSource source) {}

    /** How a customer came to hold a coupon. */
    public enum ClaimSource {
        /** The customer claimed it. */
        CLAIM,
        /** A targeted issue to a list of customers. */
        ISSUE,
        /** 下单返券: issued for an order. */
        AUTO
    }

    public long insertTemplate(Template t, String actor) {
        return jdbc.sql("""
                        insert into promotions.coupon_templates (name, kind, scope, threshold, amount, rate_bp, cap,
                            valid_from, valid_until, valid_days, total_quantity, per_user_limit, auto_issue_on_order,
                            created_by)
                        values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""").params(terms(t, actor)).query(Long.class).single();
    }

    public boolean updateTemplate(long id, Template t, int expectedVersion) {
        return jdbc.sql("""
                        update promotions.coupon_templates set name = ?, kind = ?, scope = cast(? as jsonb),
                            threshold = ?, amount = ?, rate_bp = ?, cap = ?, valid_from = ?, valid_until = ?,
                            valid_days = ?, total_quantity = ?, per_user_limit = ?, auto_issue_on_order = ?,
                            version = version + 1,
                            updated_at = now()
                        where id = ? and version = ? and issued <= ?""")
                        .params(terms(t, id, expectedVersion, t.totalQuantity()))
                        .update()
                == 1;
    }

    /** A template's terms as statement parameters, in the column order of insert and update, then {@code more}. */
    private List<Object> terms(Template t, Object... more) {
        List<Object> params = new ArrayList<>(Arrays.asList(
                t.name(),
                t.kind().name(),
                json.writeValueAsString(t.scope()),
                t.threshold(),
                t.amount(),
                t.rateBp(),
                t.cap(),
                ts(t.validFrom()),
                ts(t.validUntil()),
                t.validDays(),
                t.totalQuantity(),
                t.perUserLimit(),
                t.autoIssueOnOrder()));
        params.addAll(Arrays.asList(more));
        return params;
    }

    /**
     * Moves the template from {@code from} to {@code to} only if its status is still {@code from}; answers whether it
     * did.
     */
    public boolean moveStatus(long id, CouponStatus from, CouponStatus to) {
        return jdbc.sql("""
                        update promotions.coupon_templates set status = ?, updated_at = now()
                        where id = ? and status = ?""").params(to.name(), id, from.name()).update() == 1;
    }

    /** Locks the template for the rest of the transaction. */
    public Optional<Template> lock(long id) {
        return jdbc.sql("select * from promotions.coupon_templates where id = ? for update")
                .param(id)
                .query(this::template)
                .optional();
    }

    public Optional<Template> find(long id) {
        return jdbc.sql("select * from promotions.coupon_templates where id = ?")
                .param(id)
                .query(this::template)
                .optional();
    }

    public List<Template> templates(Collection<Long> ids) {
        return jdbc.sql("select * from promotions.coupon_templates where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query(this::template)
                .list();
    }

    /** Where the auto-issue job has read the orders: the last order read and the transaction that stored it. */
    public record AutoIssueCursor(long transaction, long orderId) {}

    /** The auto-issue job's cursor, locked for the rest of the transaction. */
    public AutoIssueCursor lockAutoIssueCursor() {
        jdbc.sql("""
                        insert into promotions.auto_issue_cursor (id, last_order_id) values (1, 0)
                        on conflict (id) do nothing""").update();
        return jdbc.sql("""
                        select last_transaction, last_order_id from promotions.auto_issue_cursor
                        where id = 1 for update""")
                .query((rs, n) -> new AutoIssueCursor(rs.getLong("last_transaction"), rs.getLong("last_order_id")))
                .single();
    }

    public void moveAutoIssueCursor(AutoIssueCursor cursor) {
        jdbc.sql("update promotions.auto_issue_cursor set last_transaction = ?, last_order_id = ? where id = 1")
                .params(cursor.transaction(), cursor.orderId())
                .update();
    }

    /** Active templates that issue a coupon with every new order. */
    public List<Template> autoIssuedOnOrder() {
        return jdbc.sql("""
                        select * from promotions.coupon_templates
                        where status = 'ACTIVE' and auto_issue_on_order order by id""").query(this::template).list();
    }

    public List<Template> active() {
        return jdbc.sql("select * from promotions.coupon_templates where status = 'ACTIVE' order by id")
                .query(this::template)
                .list();
    }

    public PageResult<Template> search(CouponStatus status, CouponKind kind, String q, int page, int size) {
        String where = " where (cast(? as text) is null or status = ?) and (cast(? as text) is null or kind = ?)"
                + " and (cast(? as text) is null or name ilike '%' || ? || '%')";
        String statusName = status == null ? null : status.name();
        String kindName = kind == null ? null : kind.name();
        return Paging.page(
                jdbc,
                "select count(*) from promotions.coupon_templates" + where,
                "select * from promotions.coupon_templates" + where + " order by created_at desc, id desc",
                Arrays.asList(statusName, statusName, kindName, kindName, q, q),
                this::template,
                page,
                size);
    }

    /**
     * Serialises claims of one customer on one template for the rest of the transaction (a transaction-scoped advisory
     * lock), so the per-user limit holds under concurrent claims.
     */
    public void lockCustomer(long templateId, String customerId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(7402, (int) (templateId * 31 + customerId.hashCode()))
                .query(Object.class)
                .single();
    }

    public int claimsOf(long templateId, String customerId) {
        return jdbc.sql("select count(*) from promotions.coupon_claims where template_id = ? and customer_id = ?")
                .params(templateId, customerId)
                .query(Integer.class)
                .single();
    }

    /** Takes one coupon off the template's stock; false when none is left (or the template is not active). */
    public boolean takeOne(long templateId) {
        return jdbc.sql("""
                        update promotions.coupon_templates set issued = issued + 1
                        where id = ? and status = 'ACTIVE' and issued < total_quantity""").param(templateId).update() == 1;
    }

    public Claim insertClaim(long templateId, String customerId, Instant from, Instant until, ClaimSource source) {
        long id = jdbc.sql("""
                        insert into promotions.coupon_claims (template_id, customer_id, valid_from, valid_until, source)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(templateId, customerId, ts(from), ts(until), source.name())
                .query(Long.class)
                .single();
        return findClaim(id).orElseThrow();
    }

    /**
     * Redeems a claim once: only a claim not yet redeemed and valid at {@code now} changes; answers whether it did.
     * Concurrent redemptions of the same claim serialise on its row, and the second finds it redeemed.
     */
    public boolean redeem(long claimId, String orderRef, Instant now) {
        boolean done = jdbc.sql("""
                        update promotions.coupon_claims set redeemed_at = ?, order_ref = ?
                        where id = ? and redeemed_at is null and valid_from <= ? and valid_until > ?""")
                        .params(ts(now), orderRef, claimId, ts(now), ts(now))
                        .update()
                == 1;
        if (done) {
            jdbc.sql("""
                            update promotions.coupon_templates set redeemed = redeemed + 1
                            where id = (select template_id from promotions.coupon_claims where id = ?)""").param(claimId).update();
        }
        return done;
    }

    public Optional<Claim> findClaim(long id) {
        return jdbc.sql(CLAIMS + "  where c.id = ?")
                .param(id)
                .query(this::claim)
                .optional();
    }

    public List<Claim> claims(Collection<Long> ids) {
        return jdbc.sql(CLAIMS + "  where c.id = any(?) order by c.id")
                .param(ids.toArray(Long[]::new))
                .query(this::claim)
                .list();
    }

    /** A coupon a customer holds: the claim and its template, all a quote needs (the template's terms are cached). */
    public record Held(long claimId, long templateId) {}

    /** The customer's coupons that are not redeemed and valid at {@code at}, in claim order. */
    public List<Held> usable(String customerId, Instant at) {
        Timestamp when = ts(at);
        return jdbc.sql("""
                        select id, template_id from promotions.coupon_claims
                        where customer_id = ? and redeemed_at is null and valid_from <= ? and valid_until > ?
                        order by id""")
                .params(customerId, when, when)
                .query((rs, n) -> new Held(rs.getLong("id"), rs.getLong("template_id")))
                .list();
    }

    public PageResult<Claim> searchClaims(String customerId, Long templateId, ClaimStatus status, int page, int size) {
        String where = """
                 where (cast(? as text) is null or c.customer_id = ?) and (cast(? as bigint) is null or c.template_id = ?)
                   and (cast(? as text) is null
                        or (? = 'REDEEMED' and c.redeemed_at is not null)
                        or (? = 'USABLE' and c.redeemed_at is null and c.valid_until > now())
                        or (? = 'EXPIRED' and c.redeemed_at is null and c.valid_until <= now()))""";
        String statusName = status == null ? null : status.name();
        return Paging.page(
                jdbc,
                "select count(*) from promotions.coupon_claims c " + where,
                CLAIMS + " " + where + " order by c.claimed_at desc, c.id desc",
                Arrays.asList(
                        customerId, customerId, templateId, templateId, statusName, statusName, statusName, statusName),
                this::claim,
                page,
                size);
    }

    private static final String CLAIMS = """
            select c.*, t.name as template_name, t.kind from promotions.coupon_claims c
            join promotions.coupon_templates t on t.id = c.template_id""";

    private Template template(ResultSet rs, int n) throws SQLException {
        return new Template(
                rs.getLong("id"),
                rs.getString("name"),
                CouponKind.valueOf(rs.getString("kind")),
                CouponStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("scope"), ScopeSpec.class),
                rs.getBigDecimal("threshold"),
                rs.getBigDecimal("amount"),
                (Integer) rs.getObject("rate_bp"),
                rs.getBigDecimal("cap"),
                instant(rs.getTimestamp("valid_from")),
                instant(rs.getTimestamp("valid_until")),
                (Integer) rs.getObject("valid_days"),
                rs.getInt("total_quantity"),
                rs.getInt("per_user_limit"),
                rs.getBoolean("auto_issue_on_order"),
                rs.getInt("issued"),
                rs.getInt("redeemed"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    private Claim claim(ResultSet rs, int n) throws SQLException {
        return new Claim(
                rs.getLong("id"),
                rs.getLong("template_id"),
                rs.getString("template_name"),
                CouponKind.valueOf(rs.getString("kind")),
                rs.getString("customer_id"),
                rs.getTimestamp("claimed_at").toInstant(),
                rs.getTimestamp("valid_from").toInstant(),
                rs.getTimestamp("valid_until").toInstant(),
                instant(rs.getTimestamp("redeemed_at")),
                rs.getString("order_ref"),
                ClaimSource.valueOf(rs.getString("source")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
