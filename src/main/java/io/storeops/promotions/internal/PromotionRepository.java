package io.storeops.promotions.internal;

import io.storeops.platform.Paging;
import io.storeops.promotions.PromotionStatus;
import io.storeops.promotions.PromotionType;
import io.storeops.promotions.ScopeSpec;
import io.storeops.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Promotions as stored: scope and rule are JSON documents already validated by the service. */
@Repository
public class PromotionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PromotionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A stored row. {@code approvedVersion} is the version a below-floor approval was given for. */
    public record Row(
            long id,
            String name,
            PromotionType type,
            PromotionStatus status,
            ScopeSpec scope,
            JsonNode rule,
            Instant startsAt,
            Instant endsAt,
            int priority,
            String exclusionGroup,
            Long campaignId,
            Integer approvedVersion,
            String approvedBy,
            Instant approvedAt,
            String approvalNote,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            int version) {}

    /** The fields a person edits. */
    public record Fields(
            String name,
            PromotionType type,
            ScopeSpec scope,
            JsonNode rule,
            Instant startsAt,
            Instant endsAt,
            int priority,
            String exclusionGroup,
            Long campaignId) {}

    public long insert(Fields f, String actor) {
        return jdbc.sql("""
                        insert into promotions.promotions (name, type, scope, rule, starts_at, ends_at, priority,
                            exclusion_group, campaign_id, created_by)
                        values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?) returning id""").params(fields(f, actor)).query(Long.class).single();
    }

    /** Updates the fields if the version still matches; answers whether it did. */
    public boolean update(long id, Fields f, int expectedVersion) {
        return jdbc.sql("""
                        update promotions.promotions set name = ?, type = ?, scope = cast(? as jsonb),
                            rule = cast(? as jsonb), starts_at = ?, ends_at = ?, priority = ?, exclusion_group = ?,
                            campaign_id = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""").params(fields(f, id, expectedVersion)).update() == 1;
    }

    /** The edited fields as statement parameters, in the column order of insert and update, then {@code more}. */
    private List<Object> fields(Fields f, Object... more) {
        List<Object> params = new ArrayList<>(Arrays.asList(
                f.name(),
                f.type().name(),
                json.writeValueAsString(f.scope()),
                json.writeValueAsString(f.rule()),
                Timestamp.from(f.startsAt()),
                Timestamp.from(f.endsAt()),
                f.priority(),
                f.exclusionGroup(),
                f.campaignId()));
        params.addAll(Arrays.asList(more));
        return params;
    }

    /**
     * Moves the promotion from {@code from} to {@code to} only if its status is still {@code from}; answers whether it
     * did. A status change is not an edit: the version (and a below-floor approval of it) stays.
     */
    public boolean moveStatus(long id, PromotionStatus from, PromotionStatus to) {
        return jdbc.sql("update promotions.promotions set status = ?, updated_at = now() where id = ? and status = ?")
                        .params(to.name(), id, from.name())
                        .update()
                == 1;
    }

    /** Records a below-floor approval of the current version (the version is not bumped by it). */
    public void approve(long id, String actor, String note) {
        jdbc.sql("""
                        update promotions.promotions set approved_version = version, approved_by = ?,
                            approved_at = now(), approval_note = ?
                        where id = ?""").params(actor, note, id).update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from promotions.promotions where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** Locks the row for the rest of the transaction. */
    public Optional<Row> lock(long id) {
        return jdbc.sql("select * from promotions.promotions where id = ? for update")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** Active promotions, every one (the service keeps them in memory for pricing). */
    public List<Row> active() {
        return jdbc.sql("select * from promotions.promotions where status = 'ACTIVE' order by id")
                .query(this::row)
                .list();
    }

    /** Active and draft promotions whose window overlaps [from, to). */
    public List<Row> overlapping(Instant from, Instant to) {
        return jdbc.sql("""
                        select * from promotions.promotions
                        where status in ('ACTIVE', 'DRAFT', 'PAUSED') and starts_at < ? and ends_at > ? order by id""")
                .params(Timestamp.from(to), Timestamp.from(from))
                .query(this::row)
                .list();
    }

    public List<Row> ofCampaign(long campaignId) {
        return jdbc.sql("select * from promotions.promotions where campaign_id = ? order by starts_at, id")
                .param(campaignId)
                .query(this::row)
                .list();
    }

    /** The search of the promotions list: every filter optional; sort by a whitelisted column. */
    public PageResult<Row> search(
            String status,
            String type,
            String channel,
            String q,
            Instant from,
            Instant to,
            String sortColumn,
            boolean descending,
            int page,
            int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            where.append(" and status = ?");
            params.add(status);
        }
        if (type != null) {
            where.append(" and type = ?");
            params.add(type);
        }
        if (channel != null) {
            where.append(
                    " and (jsonb_array_length(scope -> 'channels') = 0 or (scope -> 'channels') @> jsonb_build_array(cast(? as text)))");
            params.add(channel);
        }
        if (q != null) {
            where.append(" and (name ilike ? or exclusion_group ilike ?)");
            params.add("%" + q + "%");
            params.add("%" + q + "%");
        }
        if (from != null) {
            where.append(" and ends_at > ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and starts_at < ?");
            params.add(Timestamp.from(to));
        }
        return Paging.page(
                jdbc,
                "select count(*) from promotions.promotions" + where,
                "select * from promotions.promotions" + where + " order by " + sortColumn
                        + (descending ? " desc" : " asc") + ", id desc",
                params,
                this::row,
                page,
                size);
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new Row(
                rs.getLong("id"),
                rs.getString("name"),
                PromotionType.valueOf(rs.getString("type")),
                PromotionStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("scope"), ScopeSpec.class),
                json.readTree(rs.getString("rule")),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("priority"),
                rs.getString("exclusion_group"),
                (Long) rs.getObject("campaign_id"),
                (Integer) rs.getObject("approved_version"),
                rs.getString("approved_by"),
                approvedAt == null ? null : approvedAt.toInstant(),
                rs.getString("approval_note"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
