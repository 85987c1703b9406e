package io.storeops.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.SkuCode;
import io.storeops.inventory.internal.StockRepository;
import io.storeops.inventory.internal.StockRepository.LedgerLine;
import io.storeops.inventory.internal.StockRepository.Level;
import io.storeops.inventory.internal.StockRepository.StockKey;
import io.storeops.inventory.internal.WarehouseRepository;
import io.storeops.platform.AuditLog;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.PageResult;
import io.storeops.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock of record (F2.1). A batch of movements is applied all or nothing in one transaction: the stock rows it
 * touches are locked in a fixed order — first the stripes their SKUs hash into, then the rows — so concurrent batches
 * queue instead of deadlocking, and large overlapping batches queue once per stripe rather than once per row. The
 * movements are applied in order, and if any would drive on hand or available below zero, none is. Levels and ledger
 * lines are then written in JDBC batches. Every committed change announces {@link StockChanged}.
 */
@Service
public class Inventory {

    private final StockRepository stock;
    private final WarehouseRepository warehouses;
    private final ProductCatalog catalog;
    private final ApplicationEventPublisher events;

    Inventory(
            StockRepository stock,
            WarehouseRepository warehouses,
            ProductCatalog catalog,
            ApplicationEventPublisher events) {
        this.stock = stock;
        this.warehouses = warehouses;
        this.catalog = catalog;
        this.events = events;
    }

    @Transactional
    public List<StockLevel> apply(List<Movement> movements) {
        Map<String, Long> warehouseIds = warehouseIds(movements);
        Set<StockKey> keys = new LinkedHashSet<>(keys(movements, warehouseIds));
        Map<StockKey, Level> levels = lockLevels(movements, keys);
        Outcome outcome = applyInOrder(movements, warehouseIds, levels);
        if (!outcome.refusals().isEmpty()) {
            throw new RuleViolationException(
                    "insufficient-stock",
                    Message.of(
                            InventoryMessage.INSUFFICIENT_STOCK,
                            "count",
                            outcome.refusals().size()),
                    outcome.refusals());
        }
        stock.writeLevels(levels); // every level written exists: a movement on a missing row could only be refused
        stock.appendLedger(outcome.ledger());
        Set<SkuCode> skus = new LinkedHashSet<>();
        movements.forEach(m -> skus.add(new SkuCode(m.skuCode())));
        events.publishEvent(new StockChanged(skus));
        return outcome.results();
    }

    /**
     * Locks the stock rows the movements touch and answers their levels; rows a movement adds units to are created
     * first, rows missing otherwise count as empty (a movement on them is refused).
     */
    private Map<StockKey, Level> lockLevels(List<Movement> movements, Set<StockKey> keys) {
        // only a movement that adds units can need a new stock row; any other one on a missing row is refused later
        boolean addsUnits = movements.stream().anyMatch(m -> m.type().onHandDelta(m.quantity()) > 0);
        if (addsUnits) {
            checkSkus(movements);
            stock.ensureRows(keys);
        }
        Map<StockKey, Level> levels = stock.lock(keys);
        if (levels.size() < keys.size()) {
            checkSkus(movements); // an unknown SKU is a field error rather than a lack of stock
            keys.forEach(k -> levels.putIfAbsent(k, Level.EMPTY));
        }
        return levels;
    }

    /** Moves the locked levels movement by movement, refusing each one that would drive stock below zero. */
    private static Outcome applyInOrder(
            List<Movement> movements, Map<String, Long> warehouseIds, Map<StockKey, Level> levels) {
        String actor = AuditLog.currentActor();
        Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < movements.size(); i++) {
            Movement m = movements.get(i);
            StockKey key = new StockKey(m.skuCode(), warehouseIds.get(m.warehouse()));
            int onHandDelta = m.type().onHandDelta(m.quantity());
            int reservedDelta = m.type().reservedDelta(m.quantity());
            Level after = levels.get(key).plus(onHandDelta, reservedDelta);
            if (!after.possible()) {
                outcome.refusals().add(new Refusal(i, m.skuCode(), m.warehouse(), m.type(), m.quantity()));
                continue;
            }
            levels.put(key, after);
            outcome.ledger()
                    .add(new LedgerLine(
                            m.skuCode(),
                            key.warehouseId(),
                            m.type(),
                            onHandDelta,
                            reservedDelta,
                            after,
                            m.reasonMessage(),
                            actor,
                            m.referenceType(),
                            m.referenceId()));
            outcome.results()
                    .add(new StockLevel(
                            m.skuCode(),
                            m.warehouse(),
                            null,
                            after.onHand(),
                            after.reserved(),
                            after.onHand() - after.reserved(),
                            null));
        }
        return outcome;
    }

    /** What applying a batch came to: the levels after each allowed movement, their ledger lines, the refusals. */
    private record Outcome(List<StockLevel> results, List<LedgerLine> ledger, List<Refusal> refusals) {}

    @Transactional(readOnly = true)
    public List<StockLevel> levelsOf(String skuCode) {
        return stock.levelsOf(skuCode);
    }

    /** Stock of many SKUs per warehouse, read in one query. */
    @Transactional(readOnly = true)
    public List<StockLevel> levelsOf(Collection<String> skuCodes) {
        return stock.levelsOf(skuCodes);
    }

    @Transactional(readOnly = true)
    public PageResult<StockLevel> search(String q, String warehouse, boolean outOfStockOnly, int page, int size) {
        return stock.search(q, warehouse, outOfStockOnly, page, size);
    }

    @Transactional(readOnly = true)
    public PageResult<LedgerEntry> ledger(String skuCode, int page, int size) {
        return stock.ledger(skuCode, page, size);
    }

    /**
     * Locks the stock of these SKUs in every active warehouse until the caller's transaction ends and answers what is
     * available per SKU and warehouse code: the caller (order routing) can decide on allocations that a following
     * {@link #apply} in the same transaction is then sure to accept, and concurrent callers wait rather than compete.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Map<String, Integer>> lockAvailable(Collection<String> skuCodes) {
        return stock.lockAvailable(skuCodes);
    }

    /** Every SKU that has a stock row, in code order (e.g. to bring a newly connected channel up to date). */
    @Transactional(readOnly = true)
    public List<String> stockedSkuCodes() {
        return stock.stockedSkuCodes();
    }

    /** Total available (over all active warehouses) per SKU; SKUs without stock are absent. */
    @Transactional(readOnly = true)
    public Map<String, Integer> available(List<String> skuCodes) {
        return stock.availableBySku(skuCodes);
    }

    /** Proves on hand and reserved of every stock row equal the sums of its ledger. */
    @Transactional(readOnly = true)
    public LedgerCheck verifyLedger() {
        return new LedgerCheck(stock.countRows(), stock.ledgerMismatches());
    }

    private static List<StockKey> keys(List<Movement> movements, Map<String, Long> warehouseIds) {
        return movements.stream()
                .map(m -> new StockKey(m.skuCode(), warehouseIds.get(m.warehouse())))
                .toList();
    }

    private Map<String, Long> warehouseIds(List<Movement> movements) {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < movements.size(); i++) {
            Movement m = movements.get(i);
            if (!m.type().signed() && m.quantity() <= 0) {
                throw new FieldErrorException(
                        "movements[" + i + "].quantity", Message.of(InventoryMessage.QUANTITY_NOT_POSITIVE));
            }
            if (m.type().signed() && m.quantity() == 0) {
                throw new FieldErrorException(
                        "movements[" + i + "].quantity", Message.of(InventoryMessage.ADJUSTMENT_ZERO));
            }
            if (!ids.containsKey(m.warehouse())) {
                int index = i;
                var warehouse = warehouses
                        .findByCode(m.warehouse())
                        .filter(WarehouseView::active)
                        .orElseThrow(() -> new FieldErrorException(
                                "movements[" + index + "].warehouse",
                                Message.of(InventoryMessage.UNKNOWN_WAREHOUSE, "warehouse", m.warehouse())));
                ids.put(m.warehouse(), warehouse.id());
            }
        }
        return ids;
    }

    private void checkSkus(List<Movement> movements) {
        Set<String> codes = new LinkedHashSet<>();
        movements.forEach(m -> codes.add(m.skuCode()));
        Set<String> known = catalog.existingSkuCodes(codes);
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < movements.size(); i++) {
            firstIndex.putIfAbsent(movements.get(i).skuCode(), i);
        }
        for (String code : codes) {
            if (!known.contains(code)) {
                throw new FieldErrorException(
                        "movements[" + firstIndex.get(code) + "].skuCode",
                        Message.of(InventoryMessage.UNKNOWN_SKU, "sku", code));
            }
        }
    }

    /** A movement the stock did not allow. */
    public record Refusal(int index, String skuCode, String warehouse, MovementType type, int quantity) {}

    /** The outcome of the ledger invariant check: how many stock rows were checked and which disagree. */
    public record LedgerCheck(long stockRows, List<LedgerMismatch> mismatches) {

        @JsonProperty
        public boolean consistent() {
            return mismatches.isEmpty();
        }
    }
}
