package io.storeops.inventory;

import io.storeops.catalog.ProductCatalog;
import io.storeops.platform.ImportMessage;
import io.storeops.platform.ImportRejectedException;
import io.storeops.platform.ImportRowError;
import io.storeops.platform.TableFile;
import io.storeops.platform.TableFormatException;
import io.storeops.shared.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock import from a CSV or xlsx file with one row per SKU × warehouse (columns {@code sku_code}, {@code warehouse},
 * {@code quantity}). A stock count sets on hand to the counted quantity (an adjustment per differing row); a receipt
 * adds the quantity (inbound). Every row is checked first and every error reported with its row and column; then all
 * movements are applied in one transaction — all or nothing.
 */
@Service
public class StockImport {

    static final List<String> COLUMNS = List.of("sku_code", "warehouse", "quantity");
    private static final int MAX_ROWS = 50_000;

    private final Inventory inventory;
    private final Warehouses warehouses;
    private final ProductCatalog catalog;

    StockImport(Inventory inventory, Warehouses warehouses, ProductCatalog catalog) {
        this.inventory = inventory;
        this.warehouses = warehouses;
        this.catalog = catalog;
    }

    /** How the quantities of a file are meant. */
    public enum Mode {
        COUNT,
        RECEIPT
    }

    /** The outcome: rows read and movements applied. */
    public record Result(Mode mode, int rows, int movements) {}

    /**
     * Checks the whole file, then applies its movements in one transaction.
     *
     * @throws ImportRejectedException with every problem found, when the file is not valid; nothing is changed then
     */
    @Transactional
    public Result importFile(String fileName, byte[] content, Mode mode) {
        List<ImportRowError> errors = new ArrayList<>();
        TableFile table;
        try {
            table = TableFile.read(fileName, content, MAX_ROWS);
        } catch (TableFormatException e) {
            e.header().ifPresent(h -> header(h, errors));
            if (errors.isEmpty()) {
                errors.add(ImportRowError.of(e));
            }
            throw new ImportRejectedException(errors);
        }
        Map<String, Integer> index = header(table.header(), errors);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        Set<String> warehouseCodes = new HashSet<>();
        warehouses.list().stream().filter(WarehouseView::active).forEach(w -> warehouseCodes.add(w.code()));
        Set<String> skuCodes = new LinkedHashSet<>();
        for (TableFile.Row row : table.rows()) {
            skuCodes.add(row.cell(index.get("sku_code")));
        }
        Set<String> known = catalog.existingSkuCodes(skuCodes);
        Set<String> seen = new HashSet<>();
        List<Movement> movements = new ArrayList<>();
        int rows = 0;
        for (TableFile.Row row : table.rows()) {
            rows++;
            int excelRow = row.number();
            String sku = row.cell(index.get("sku_code"));
            String warehouse = row.cell(index.get("warehouse"));
            String quantityText = row.cell(index.get("quantity"));
            if (sku.isEmpty()) {
                errors.add(new ImportRowError(excelRow, "sku_code", Message.of(ImportMessage.IMPORT_REQUIRED)));
            } else if (!known.contains(sku)) {
                errors.add(new ImportRowError(
                        excelRow, "sku_code", Message.of(StockImportMessage.IMPORT_UNKNOWN_SKU, "sku", sku)));
            }
            if (!warehouseCodes.contains(warehouse)) {
                errors.add(new ImportRowError(
                        excelRow,
                        "warehouse",
                        Message.of(StockImportMessage.IMPORT_UNKNOWN_WAREHOUSE, "warehouse", warehouse)));
            }
            Integer quantity = parseQuantity(quantityText);
            if (quantity == null || quantity < 0 || (mode == Mode.RECEIPT && quantity == 0)) {
                errors.add(new ImportRowError(
                        excelRow,
                        "quantity",
                        Message.of(
                                mode == Mode.RECEIPT
                                        ? StockImportMessage.IMPORT_QUANTITY_NOT_POSITIVE
                                        : StockImportMessage.IMPORT_QUANTITY_NEGATIVE,
                                "value",
                                quantityText)));
            }
            if (!sku.isEmpty() && !seen.add(sku + "@" + warehouse)) {
                errors.add(new ImportRowError(
                        excelRow, "sku_code", Message.of(StockImportMessage.IMPORT_SKU_WAREHOUSE_REPEATED)));
            }
            if (quantity != null && quantity >= 0) {
                movements.add(Movement.of(
                        mode == Mode.RECEIPT ? MovementType.INBOUND : MovementType.ADJUSTMENT,
                        sku,
                        warehouse,
                        quantity,
                        Message.of(
                                mode == Mode.RECEIPT
                                        ? MovementReason.REASON_RECEIPT_IMPORT
                                        : MovementReason.REASON_COUNT_IMPORT,
                                "file",
                                fileName),
                        "import",
                        fileName));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<Movement> toApply = mode == Mode.RECEIPT ? movements : countAdjustments(movements);
        if (!toApply.isEmpty()) {
            inventory.apply(toApply);
        }
        return new Result(mode, rows, toApply.size());
    }

    /** Turns counted quantities into adjustments by the difference from what is on hand now. */
    private List<Movement> countAdjustments(List<Movement> counted) {
        Map<String, Integer> onHand = new HashMap<>();
        Set<String> skus = new LinkedHashSet<>();
        counted.forEach(m -> skus.add(m.skuCode()));
        inventory.levelsOf(skus).forEach(l -> onHand.put(l.skuCode() + "@" + l.warehouse(), l.onHand()));
        List<Movement> adjustments = new ArrayList<>();
        for (Movement m : counted) {
            int delta = m.quantity() - onHand.getOrDefault(m.skuCode() + "@" + m.warehouse(), 0);
            if (delta != 0) {
                adjustments.add(Movement.of(
                        MovementType.ADJUSTMENT,
                        m.skuCode(),
                        m.warehouse(),
                        delta,
                        m.reasonMessage(),
                        m.referenceType(),
                        m.referenceId()));
            }
        }
        return adjustments;
    }

    private static Map<String, Integer> header(TableFile.Row header, List<ImportRowError> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String name = header.cell(c).toLowerCase(Locale.ROOT);
            for (String column : COLUMNS) {
                if (name.equals(column) || name.endsWith(" " + column)) {
                    index.put(column, c);
                }
            }
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                errors.add(new ImportRowError(
                        header.number(), column, Message.of(ImportMessage.IMPORT_MISSING_COLUMN, "column", column)));
            }
        }
        return index;
    }

    private static Integer parseQuantity(String text) {
        try {
            String clean = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
            return Integer.valueOf(clean);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
