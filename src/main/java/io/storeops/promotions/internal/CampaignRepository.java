package io.storeops.promotions.internal;

import io.storeops.platform.Paging;
import io.storeops.promotions.CampaignStatus;
import io.storeops.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns, their launch checklists and their expected demand per SKU. */
@Repository
public class CampaignRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CampaignRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record Row(
            long id,
            String name,
            String description,
            List<String> channels,
            Instant startsAt,
            Instant endsAt,
            CampaignStatus status,
            String approvedBy,
            Instant approvedAt,
            String createdBy,
            Instant createdAt,
            int version) {}

    public record Task(
            long id,
            long campaignId,
            String kind,
            String title,
            String owner,
            Instant dueAt,
            boolean done,
            String doneBy,
            Instant doneAt,
            String note) {}

    public long insert(String name, String description, List<String> channels, Instant from, Instant to, String actor) {
        return jdbc.sql("""
                        insert into promotions.campaigns (name, description, channels, starts_at, ends_at, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(name, description, channels.toArray(String[]::new), ts(from), ts(to), actor)
                .query(Long.class)
                .single();
    }

    public boolean update(
            long id, String name, String description, List<String> channels, Instant from, Instant to, int version) {
        return jdbc.sql("""
                        update promotions.campaigns set name = ?, description = ?, channels = ?, starts_at = ?,
                            ends_at = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                        .params(name, description, channels.toArray(String[]::new), ts(from), ts(to), id, version)
                        .update()
                == 1;
    }

    /**
     * Moves the campaign from {@code from} to {@code to} (recording the approver, if given) only if its status is still
     * {@code from}; answers whether it did.
     */
    public boolean moveStatus(long id, CampaignStatus from, CampaignStatus to, String approvedBy) {
        return jdbc.sql("""
                        update promotions.campaigns set status = ?, updated_at = now(),
                            approved_by = coalesce(?, approved_by),
                            approved_at = case when cast(? as text) is null then approved_at else now() end
                        where id = ? and status = ?""")
                        .params(to.name(), approvedBy, approvedBy, id, from.name())
                        .update()
                == 1;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from promotions.campaigns where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    public Optional<Row> lock(long id) {
        return jdbc.sql("select * from promotions.campaigns where id = ? for update")
                .param(id)
                .query(this::row)
                .optional();
    }

    public PageResult<Row> search(Instant from, Instant to, CampaignStatus status, int page, int size) {
        String where = " where (cast(? as timestamptz) is null or ends_at > ?)"
                + " and (cast(? as timestamptz) is null or starts_at < ?) and (cast(? as text) is null or status = ?)";
        String statusName = status == null ? null : status.name();
        return Paging.page(
                jdbc,
                "select count(*) from promotions.campaigns" + where,
                "select * from promotions.campaigns" + where + " order by starts_at, id",
                Arrays.asList(ts(from), ts(from), ts(to), ts(to), statusName, statusName),
                this::row,
                page,
                size);
    }

    public long insertTask(long campaignId, String kind, String title, String owner, Instant dueAt, int position) {
        return jdbc.sql("""
                        insert into promotions.campaign_tasks (campaign_id, kind, title, owner, due_at, position)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(campaignId, kind, title, owner, ts(dueAt), position)
                .query(Long.class)
                .single();
    }

    public boolean updateTask(
            long campaignId, long taskId, String owner, Instant dueAt, boolean done, String note, String actor) {
        return jdbc.sql("""
                        update promotions.campaign_tasks set owner = ?, due_at = ?, note = ?,
                            done_by = case when ? and not done then ? when not ? then null else done_by end,
                            done_at = case when ? and not done then now() when not ? then null else done_at end,
                            done = ?
                        where id = ? and campaign_id = ?""")
                        .params(owner, ts(dueAt), note, done, actor, done, done, done, done, taskId, campaignId)
                        .update()
                == 1;
    }

    public List<Task> tasks(long campaignId) {
        return jdbc.sql("select * from promotions.campaign_tasks where campaign_id = ? order by position, id")
                .param(campaignId)
                .query(this::task)
                .list();
    }

    public void replaceExpected(long campaignId, Map<String, Integer> expected) {
        jdbc.sql("delete from promotions.campaign_expected where campaign_id = ?")
                .param(campaignId)
                .update();
        batch.batchUpdate(
                "insert into promotions.campaign_expected (campaign_id, sku_code, expected_units) values (?, ?, ?)",
                expected.entrySet(),
                expected.size(),
                (statement, entry) -> {
                    statement.setLong(1, campaignId);
                    statement.setString(2, entry.getKey());
                    statement.setInt(3, entry.getValue());
                });
    }

    /** SKU → expected units, in SKU order. */
    public Map<String, Integer> expected(long campaignId) {
        Map<String, Integer> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select sku_code, expected_units from promotions.campaign_expected where campaign_id = ?
                        order by sku_code""").param(campaignId).query(rs -> {
            result.put(rs.getString("sku_code"), rs.getInt("expected_units"));
        });
        return result;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("description"),
                List.of((String[]) rs.getArray("channels").getArray()),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    private Task task(ResultSet rs, int n) throws SQLException {
        return new Task(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("owner"),
                instant(rs.getTimestamp("due_at")),
                rs.getBoolean("done"),
                rs.getString("done_by"),
                instant(rs.getTimestamp("done_at")),
                rs.getString("note"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
