package io.storeops.inventory.internal;

import io.storeops.inventory.LedgerEntry;
import io.storeops.inventory.LedgerMismatch;
import io.storeops.inventory.MovementReason;
import io.storeops.inventory.MovementType;
import io.storeops.inventory.StockLevel;
import io.storeops.platform.Paging;
import io.storeops.platform.StoredMessages;
import io.storeops.platform.Where;
import io.storeops.shared.Message;
import io.storeops.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stock rows and their ledger. Every change is one conditional UPDATE that PostgreSQL applies under the row lock, so
 * concurrent movements on one SKU serialise and none can drive on hand or available below zero. A ledger line's reason
 * is stored as code and arguments; a reason stored as text before that reads as {@code inventory.LEGACY_TEXT}.
 */
@Repository
public class StockRepository {

    private static final String LEVEL_SELECT = """
            select s.sku_code, w.code as warehouse, w.name as warehouse_name, s.on_hand, s.reserved, s.updated_at
            from inventory.stock s join inventory.warehouses w on w.id = s.warehouse_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final StoredMessages stored;

    StockRepository(JdbcClient jdbc, JdbcTemplate batch, StoredMessages stored) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.stored = stored;
    }

    /** Creates missing stock rows (zero stock) for the given SKU × warehouse keys. */
    public void ensureRows(Collection<StockKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                "insert into inventory.stock (sku_code, warehouse_id) values (?, ?) on conflict do nothing",
                keys,
                keys.size(),
                (ps, key) -> {
                    ps.setString(1, key.skuCode());
                    ps.setLong(2, key.warehouseId());
                });
    }

    /** Advisory-lock class of the stock stripes (the first key of PostgreSQL's two-key advisory locks). */
    private static final int STRIPE_LOCK_CLASS = 7401;

    /** Number of stripes the SKUs are hashed into. */
    static final int STRIPES = 32;

    /**
     * Takes the transaction-scoped advisory locks of the stripes these SKUs hash into, in stripe order, before any stock
     * row is locked. Without them, two large batches sharing many SKUs hand hundreds of row locks back and forth one at
     * a time (each hand-over a sleep and a wake-up on a busy machine); with them, such batches queue once per stripe
     * and then take their rows without waiting, while writers of unrelated SKUs still run side by side.
     * {@link String#hashCode} is specified, so every instance agrees on the stripes.
     */
    private void lockStripes(Collection<String> skuCodes) {
        Integer[] stripes = skuCodes.stream()
                .map(code -> Math.floorMod(code.hashCode(), STRIPES))
                .distinct()
                .sorted()
                .toArray(Integer[]::new);
        if (stripes.length == 0) {
            return;
        }
        jdbc.sql("""
                        select count(pg_advisory_xact_lock(?, s.stripe))
                        from (select stripe from unnest(?::int[]) as u(stripe) order by stripe) s""").params(STRIPE_LOCK_CLASS, stripes).query(Long.class).single();
    }

    /**
     * Locks the stock rows of the given SKU × warehouse keys for the rest of the transaction, always in the same order
     * (their stripes first, then SKU, then warehouse) so that concurrent batches cannot deadlock, and returns their
     * current levels.
     */
    public Map<StockKey, Level> lock(Collection<StockKey> keys) {
        lockStripes(keys.stream().map(StockKey::skuCode).toList());
        Map<StockKey, Level> levels = new HashMap<>();
        jdbc.sql("""
                        select s.sku_code, s.warehouse_id, s.on_hand, s.reserved from inventory.stock s
                        join unnest(?::text[], ?::bigint[]) as k(sku_code, warehouse_id)
                          on k.sku_code = s.sku_code and k.warehouse_id = s.warehouse_id
                        order by s.sku_code, s.warehouse_id
                        for update of s""")
                .params(
                        keys.stream().map(StockKey::skuCode).toArray(String[]::new),
                        keys.stream().map(StockKey::warehouseId).toArray(Long[]::new))
                .query(rs -> {
                    levels.put(
                            new StockKey(rs.getString("sku_code"), rs.getLong("warehouse_id")),
                            new Level(rs.getInt("on_hand"), rs.getInt("reserved")));
                });
        return levels;
    }

    /**
     * Locks every stock row of these SKUs in the active warehouses, in the same order (stripes, SKU, warehouse) as
     * {@link #lock}, and answers available = on hand − reserved per SKU and warehouse code.
     */
    public Map<String, Map<String, Integer>> lockAvailable(Collection<String> skuCodes) {
        lockStripes(skuCodes);
        Map<String, Map<String, Integer>> available = new HashMap<>();
        jdbc.sql("""
                        select s.sku_code, w.code, s.on_hand - s.reserved as available from inventory.stock s
                        join inventory.warehouses w on w.id = s.warehouse_id and w.active
                        where s.sku_code = any(?::text[])
                        order by s.sku_code, s.warehouse_id
                        for update of s""").param(skuCodes.toArray(String[]::new)).query(rs -> {
            available
                    .computeIfAbsent(rs.getString("sku_code"), k -> new LinkedHashMap<>())
                    .put(rs.getString("code"), rs.getInt("available"));
        });
        return available;
    }

    /** Writes the new levels in one statement (the rows are locked by the caller). */
    public void writeLevels(Map<StockKey, Level> levels) {
        if (levels.isEmpty()) {
            return;
        }
        int n = levels.size();
        String[] skus = new String[n];
        Long[] warehouses = new Long[n];
        Integer[] onHand = new Integer[n];
        Integer[] reserved = new Integer[n];
        int i = 0;
        for (var e : levels.entrySet()) {
            skus[i] = e.getKey().skuCode();
            warehouses[i] = e.getKey().warehouseId();
            onHand[i] = e.getValue().onHand();
            reserved[i] = e.getValue().reserved();
            i++;
        }
        jdbc.sql("""
                        update inventory.stock s set on_hand = v.on_hand, reserved = v.reserved, updated_at = now()
                        from unnest(?::text[], ?::bigint[], ?::int[], ?::int[]) as v(sku_code, warehouse_id, on_hand, reserved)
                        where s.sku_code = v.sku_code and s.warehouse_id = v.warehouse_id""").params(skus, warehouses, onHand, reserved).update();
    }

    /** Appends ledger lines in one batch. */
    public void appendLedger(List<LedgerLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into inventory.stock_ledger (sku_code, warehouse_id, movement, on_hand_delta, reserved_delta,
                    on_hand_after, reserved_after, reason_code, reason_args, actor, reference_type, reference_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""", lines, lines.size(), (ps, line) -> {
            ps.setString(1, line.skuCode());
            ps.setLong(2, line.warehouseId());
            ps.setString(3, line.movement().name());
            ps.setInt(4, line.onHandDelta());
            ps.setInt(5, line.reservedDelta());
            ps.setInt(6, line.after().onHand());
            ps.setInt(7, line.after().reserved());
            ps.setString(8, line.reason().code());
            ps.setString(9, stored.args(line.reason()));
            ps.setString(10, line.actor());
            ps.setString(11, line.referenceType());
            ps.setString(12, line.referenceId());
        });
    }

    public List<String> stockedSkuCodes() {
        return jdbc.sql("select distinct sku_code from inventory.stock order by sku_code")
                .query(String.class)
                .list();
    }

    public List<StockLevel> levelsOf(String skuCode) {
        return levelsOf(List.of(skuCode));
    }

    /** Stock of many SKUs in one query, by SKU then warehouse priority. */
    public List<StockLevel> levelsOf(Collection<String> skuCodes) {
        return jdbc.sql(LEVEL_SELECT + " where s.sku_code = any(?) order by s.sku_code, w.priority, w.code")
                .param(skuCodes.toArray(String[]::new))
                .query(StockRepository::level)
                .list();
    }

    public PageResult<StockLevel> search(String q, String warehouse, boolean availableOnlyZero, int page, int size) {
        Where where = new Where();
        if (q != null && !q.isBlank()) {
            where.and("s.sku_code ilike ?", Where.containing(q.strip()));
        }
        if (warehouse != null && !warehouse.isBlank()) {
            where.and("w.code = ?", warehouse);
        }
        if (availableOnlyZero) {
            where.and("s.on_hand - s.reserved = 0");
        }
        return Paging.page(
                jdbc,
                "select count(*) from inventory.stock s join inventory.warehouses w on w.id = s.warehouse_id" + where,
                LEVEL_SELECT + where + " order by s.sku_code, w.priority",
                where.params(),
                StockRepository::level,
                page,
                size);
    }

    public PageResult<LedgerEntry> ledger(String skuCode, int page, int size) {
        return Paging.page(
                jdbc,
                "select count(*) from inventory.stock_ledger where sku_code = ?",
                """
                select l.*, w.code as warehouse from inventory.stock_ledger l
                join inventory.warehouses w on w.id = l.warehouse_id
                where l.sku_code = ? order by l.id desc""",
                List.of(skuCode),
                this::entry,
                page,
                size);
    }

    /** Total available (on hand − reserved) of each SKU over all active warehouses. */
    public Map<String, Integer> availableBySku(List<String> skuCodes) {
        Map<String, Integer> result = new HashMap<>();
        jdbc.sql("""
                        select s.sku_code, sum(s.on_hand - s.reserved) as available
                        from unnest(?::text[]) as c(code)
                        join inventory.stock s on s.sku_code = c.code
                        join inventory.warehouses w on w.id = s.warehouse_id
                        where w.active group by s.sku_code""").param(skuCodes.toArray(String[]::new)).query(rs -> {
            result.put(rs.getString("sku_code"), rs.getInt("available"));
        });
        return result;
    }

    /** Stock rows whose on hand or reserved differ from the sums of their ledger, with both figures. */
    public List<LedgerMismatch> ledgerMismatches() {
        return jdbc.sql("""
                        select coalesce(s.sku_code, l.sku_code) as sku_code, w.code as warehouse,
                            coalesce(s.on_hand, 0) as on_hand, coalesce(s.reserved, 0) as reserved,
                            coalesce(l.on_hand_sum, 0) as ledger_on_hand, coalesce(l.reserved_sum, 0) as ledger_reserved
                        from inventory.stock s
                        full join (
                            select sku_code, warehouse_id, sum(on_hand_delta) as on_hand_sum,
                                sum(reserved_delta) as reserved_sum
                            from inventory.stock_ledger group by sku_code, warehouse_id) l
                          on l.sku_code = s.sku_code and l.warehouse_id = s.warehouse_id
                        join inventory.warehouses w on w.id = coalesce(s.warehouse_id, l.warehouse_id)
                        where coalesce(s.on_hand, 0) <> coalesce(l.on_hand_sum, 0)
                           or coalesce(s.reserved, 0) <> coalesce(l.reserved_sum, 0)""")
                .query((rs, n) -> new LedgerMismatch(
                        rs.getString("sku_code"),
                        rs.getString("warehouse"),
                        rs.getInt("on_hand"),
                        rs.getInt("reserved"),
                        rs.getLong("ledger_on_hand"),
                        rs.getLong("ledger_reserved")))
                .list();
    }

    public long countRows() {
        return jdbc.sql("select count(*) from inventory.stock")
                .query(Long.class)
                .single();
    }

    private static StockLevel level(ResultSet rs, int n) throws SQLException {
        int onHand = rs.getInt("on_hand");
        int reserved = rs.getInt("reserved");
        return new StockLevel(
                rs.getString("sku_code"),
                rs.getString("warehouse"),
                rs.getString("warehouse_name"),
                onHand,
                reserved,
                onHand - reserved,
                rs.getTimestamp("updated_at").toInstant());
    }

    private LedgerEntry entry(ResultSet rs, int n) throws SQLException {
        return new LedgerEntry(
                rs.getLong("id"),
                rs.getString("sku_code"),
                rs.getString("warehouse"),
                MovementType.valueOf(rs.getString("movement")),
                rs.getInt("on_hand_delta"),
                rs.getInt("reserved_delta"),
                rs.getInt("on_hand_after"),
                rs.getInt("reserved_after"),
                reason(rs.getString("reason"), rs.getString("reason_code"), rs.getString("reason_args")),
                rs.getString("actor"),
                rs.getString("reference_type"),
                rs.getString("reference_id"),
                rs.getTimestamp("at").toInstant());
    }

    private Message reason(@Nullable String text, @Nullable String code, @Nullable String args) {
        return Objects.requireNonNull(stored.read(code, args, String.valueOf(text), MovementReason.LEGACY_TEXT));
    }

    /** The key of a stock row. */
    public record StockKey(String skuCode, long warehouseId) {}

    /** On hand and reserved of a stock row. */
    public record Level(int onHand, int reserved) {

        public static final Level EMPTY = new Level(0, 0);

        /** The level after a movement of these deltas. */
        public Level plus(int onHandDelta, int reservedDelta) {
            return new Level(onHand + onHandDelta, reserved + reservedDelta);
        }

        /** Neither on hand nor available below zero. */
        public boolean possible() {
            return onHand >= 0 && reserved >= 0 && reserved <= onHand;
        }
    }

    /** One ledger line: the movement on a stock row, its deltas, the level after it, why, who, and its reference. */
    public record LedgerLine(
            String skuCode,
            long warehouseId,
            MovementType movement,
            int onHandDelta,
            int reservedDelta,
            Level after,
            Message reason,
            String actor,
            String referenceType,
            String referenceId) {}
}
