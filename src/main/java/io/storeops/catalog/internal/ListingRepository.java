package io.storeops.catalog.internal;

import io.storeops.catalog.ListingQuery;
import io.storeops.catalog.ListingStatus;
import io.storeops.catalog.ListingView;
import io.storeops.catalog.rules.ListingEvaluator.Evaluation;
import io.storeops.platform.Paging;
import io.storeops.platform.Where;
import io.storeops.shared.Money;
import io.storeops.shared.PageResult;
import io.storeops.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Listings of products on channels, with their last evaluation (score, blocking count, violations). */
@Repository
public class ListingRepository {

    private static final String SELECT = """
            select l.*, p.spu_code, p.title as product_title
            from catalog.listings l join catalog.products p on p.id = l.product_id""";

    private static final String WORST_FIRST = "l.blocking desc, l.score asc, l.id";

    private static final Map<String, String> SORTABLE = Map.of(
            "score", "l.score",
            "updatedAt", "l.updated_at",
            "title", "l.title",
            "channel", "l.channel_code",
            "status", "l.status",
            "price", "l.price");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonColumns json;

    ListingRepository(JdbcClient jdbc, JdbcTemplate batch, JsonColumns json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    public long insert(long productId, String channel, String title, Money price, List<String> images) {
        return jdbc.sql("""
                        insert into catalog.listings (product_id, channel_code, title, price, images, status)
                        values (?, ?, ?, ?, ?, 'DRAFT') returning id""")
                .params(productId, channel, title, price == null ? null : price.amount(), images.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    public boolean update(long id, int expectedVersion, String title, Money price, List<String> images) {
        return jdbc.sql("""
                                update catalog.listings set title = ?, price = ?, images = ?, version = version + 1,
                                    updated_at = now()
                                where id = ? and version = ?""")
                        .params(
                                title,
                                price == null ? null : price.amount(),
                                images.toArray(String[]::new),
                                id,
                                expectedVersion)
                        .update()
                == 1;
    }

    public boolean updateStatus(long id, ListingStatus from, ListingStatus to) {
        return jdbc.sql("""
                                update catalog.listings set status = ?, version = version + 1, updated_at = now()
                                where id = ? and status = ?""").params(to.name(), id, from.name()).update() == 1;
    }

    public void saveEvaluation(long id, Evaluation evaluation) {
        jdbc.sql("update catalog.listings set score = ?, blocking = ?, violations = cast(? as jsonb) where id = ?")
                .params(evaluation.score(), evaluation.blockingCount(), json.write(evaluation.violations()), id)
                .update();
    }

    /** Listings by id, in id order. */
    public List<ListingView> findAll(Collection<Long> ids) {
        return jdbc.sql(SELECT + " where l.id = any(?) order by l.id")
                .param(ids.toArray(Long[]::new))
                .query(this::view)
                .list();
    }

    /** Stores many evaluations in one JDBC batch. */
    public void saveEvaluations(Map<Long, Evaluation> evaluations) {
        if (evaluations.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                "update catalog.listings set score = ?, blocking = ?, violations = cast(? as jsonb) where id = ?",
                evaluations.entrySet(),
                evaluations.size(),
                (ps, e) -> {
                    ps.setInt(1, e.getValue().score());
                    ps.setLong(2, e.getValue().blockingCount());
                    ps.setString(3, json.write(e.getValue().violations()));
                    ps.setLong(4, e.getKey());
                });
    }

    public Optional<ListingView> find(long id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(this::view).optional();
    }

    public Optional<ListingView> find(long productId, String channel) {
        return jdbc.sql(SELECT + " where l.product_id = ? and l.channel_code = ?")
                .params(productId, channel)
                .query(this::view)
                .optional();
    }

    public List<ListingView> findByProduct(long productId) {
        return jdbc.sql(SELECT + " join catalog.channels c on c.code = l.channel_code where l.product_id = ?"
                        + " order by c.position")
                .param(productId)
                .query(this::view)
                .list();
    }

    /** The listings of a channel (all of them when {@code channel} is null), in id order. */
    public List<ListingRef> idsOfChannel(String channel) {
        return jdbc.sql(
                        "select id, product_id from catalog.listings where (cast(? as text) is null or channel_code = ?)"
                                + " order by id")
                .params(channel, channel)
                .query((rs, n) -> new ListingRef(rs.getLong("id"), rs.getLong("product_id")))
                .list();
    }

    public PageResult<ListingView> search(ListingQuery query, int page, int size) {
        Where where = where(query);
        return Paging.page(
                jdbc,
                "select count(*) from catalog.listings l join catalog.products p on p.id = l.product_id" + where,
                SELECT + where + " order by " + orderBy(query.sort()),
                where.params(),
                this::view,
                page,
                size);
    }

    /** Every listing matching the query in its sort order, at most {@code limit}. */
    public List<ListingView> findAll(ListingQuery query, int limit) {
        Where where = where(query);
        return jdbc.sql(SELECT + where + " order by " + orderBy(query.sort()) + " limit ?")
                .params(where.paramsAnd(limit))
                .query(this::view)
                .list();
    }

    private static Where where(ListingQuery query) {
        Where where = new Where();
        if (query.channel() != null && !query.channel().isBlank()) {
            where.and("l.channel_code = ?", query.channel());
        }
        if (query.status() != null) {
            where.and("l.status = ?", query.status().name());
        }
        if (query.blockingOnly()) {
            where.and("l.blocking > 0");
        }
        if (query.q() != null && !query.q().isBlank()) {
            String like = Where.containing(query.q().strip());
            where.and("(l.title ilike ? or p.spu_code ilike ?)", like, like);
        }
        return where;
    }

    /**
     * The order by clause for {@code field,asc|desc} over the whitelisted fields; without a sort the worst-first order
     * (most blocking violations, then lowest score); 400 for any other sort.
     */
    static String orderBy(String sort) {
        return SortOrder.parse(sort, SORTABLE.keySet(), false)
                .map(order -> SORTABLE.get(order.field()) + " " + order.direction() + " nulls last, l.id "
                        + order.direction())
                .orElse(WORST_FIRST);
    }

    private ListingView view(ResultSet rs, int n) throws SQLException {
        var price = rs.getBigDecimal("price");
        return new ListingView(
                rs.getLong("id"),
                rs.getLong("product_id"),
                rs.getString("spu_code"),
                rs.getString("product_title"),
                rs.getString("channel_code"),
                rs.getString("title"),
                price == null ? null : Money.of(price),
                JsonColumns.strings(rs.getArray("images")),
                ListingStatus.valueOf(rs.getString("status")),
                rs.getInt("score"),
                json.violations(rs.getString("violations")),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** A listing by its id and the id of its product. */
    public record ListingRef(long listingId, long productId) {}
}
