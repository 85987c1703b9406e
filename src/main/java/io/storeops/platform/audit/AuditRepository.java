package io.storeops.platform.audit;

import io.storeops.platform.AuditAction;
import io.storeops.platform.Paging;
import io.storeops.platform.Where;
import io.storeops.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Append-only storage of audit entries; there is no update or delete. */
@Repository
public class AuditRepository {

    private static final String SELECT =
            "select id, at, actor, action, entity_type, entity_id, summary, before::text as before_json,"
                    + " after::text as after_json from platform.audit_log";

    private static final String COUNT = "select count(*) from platform.audit_log";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insert(NewEntry entry) {
        insertAll(List.of(entry));
    }

    public void insertAll(List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into platform.audit_log (actor, action, entity_type, entity_id, summary, before, after)
                values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""", entries, entries.size(), (ps, e) -> {
            ps.setString(1, e.actor());
            ps.setString(2, e.action().name());
            ps.setString(3, e.entityType());
            ps.setString(4, e.entityId());
            ps.setString(5, abbreviate(e.summary()));
            ps.setString(6, e.beforeJson());
            ps.setString(7, e.afterJson());
        });
    }

    PageResult<AuditEntry> find(AuditQuery query, int page, int size) {
        Where where = where(query);
        return Paging.page(
                jdbc,
                COUNT + where,
                SELECT + where + " order by at desc, id desc",
                where.params(),
                AuditRepository::entry,
                page,
                size);
    }

    long count(AuditQuery query) {
        Where where = where(query);
        return jdbc.sql(COUNT + where).params(where.params()).query(Long.class).single();
    }

    /**
     * Hands every entry matching the query, newest first and at most {@code limit}, to {@code consumer} while reading
     * them; in a transaction the rows are fetched in chunks rather than all at once.
     */
    void forEach(AuditQuery query, int limit, Consumer<AuditEntry> consumer) {
        Where where = where(query);
        RowCallbackHandler each = rs -> consumer.accept(entry(rs, rs.getRow()));
        jdbc.sql(SELECT + where + " order by at desc, id desc limit ?")
                .params(where.paramsAnd(limit))
                .withFetchSize(500)
                .query(each);
    }

    private static Where where(AuditQuery query) {
        Where where = new Where();
        if (query.entityType() != null && !query.entityType().isBlank()) {
            where.and("entity_type = ?", query.entityType());
        }
        if (query.entityId() != null && !query.entityId().isBlank()) {
            where.and("entity_id = ?", query.entityId());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.and("actor = ?", query.actor());
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.and("action = ?", query.action());
        }
        if (query.from() != null) {
            where.and("at >= ?", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.and("at < ?", Timestamp.from(query.to()));
        }
        return where;
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("summary"),
                rs.getString("before_json"),
                rs.getString("after_json"));
    }

    private static String abbreviate(String summary) {
        return summary == null || summary.length() <= 500 ? summary : summary.substring(0, 497) + "...";
    }

    /** An entry to append: who did what to which entity, with its state before and after as JSON (either may be null). */
    public record NewEntry(
            String actor,
            AuditAction action,
            String entityType,
            String entityId,
            String summary,
            String beforeJson,
            String afterJson) {}

    record AuditQuery(String entityType, String entityId, String actor, String action, Instant from, Instant to) {}

    record AuditEntry(
            long id,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            String summary,
            String beforeJson,
            String afterJson) {}
}
