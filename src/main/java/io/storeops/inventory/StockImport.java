package io.storeops.inventory;

import io.storeops.catalog.ProductCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
    private static final Charset GB18030 = Charset.forName("GB18030");
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

    /** A problem in one cell of the file; row 1 is the header, as Excel numbers rows. */
    public record RowError(int row, String column, String message) {}

    /** The import was refused; nothing was changed. */
    public static class RejectedException extends RuntimeException {
        private final List<RowError> errors;

        RejectedException(List<RowError> errors) {
            super(errors.size() + " 处错误，未导入 / " + errors.size() + " errors, nothing imported");
            this.errors = List.copyOf(errors);
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    /** The outcome: rows read and movements applied. */
    public record Result(Mode mode, int rows, int movements) {}

    @Transactional
    public Result importFile(String fileName, byte[] content, Mode mode) {
        List<List<String>> table = read(fileName, content);
        List<RowError> errors = new ArrayList<>();
        if (table.isEmpty()) {
            throw new RejectedException(List.of(new RowError(1, "file", "文件为空 / the file is empty")));
        }
        Map<String, Integer> index = header(table.getFirst(), errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(errors);
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw new RejectedException(
                    List.of(new RowError(0, "file", "最多 " + MAX_ROWS + " 行 / at most " + MAX_ROWS + " rows")));
        }
        Set<String> warehouseCodes = new HashSet<>();
        warehouses.list().stream().filter(WarehouseView::active).forEach(w -> warehouseCodes.add(w.code()));
        Set<String> skuCodes = new LinkedHashSet<>();
        for (int r = 1; r < table.size(); r++) {
            skuCodes.add(cell(table.get(r), index.get("sku_code")));
        }
        Set<String> known = catalog.existingSkuCodes(skuCodes);
        Set<String> seen = new HashSet<>();
        List<Movement> movements = new ArrayList<>();
        int rows = 0;
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows++;
            int excelRow = r + 1;
            String sku = cell(row, index.get("sku_code"));
            String warehouse = cell(row, index.get("warehouse"));
            String quantityText = cell(row, index.get("quantity"));
            if (sku.isEmpty()) {
                errors.add(new RowError(excelRow, "sku_code", "必填 / required"));
            } else if (!known.contains(sku)) {
                errors.add(new RowError(excelRow, "sku_code", "SKU " + sku + " 不存在 / unknown SKU " + sku));
            }
            if (!warehouseCodes.contains(warehouse)) {
                errors.add(new RowError(
                        excelRow,
                        "warehouse",
                        "仓库 " + warehouse + " 不存在或已停用 / unknown or inactive warehouse " + warehouse));
            }
            Integer quantity = parseQuantity(quantityText);
            if (quantity == null || quantity < 0 || (mode == Mode.RECEIPT && quantity == 0)) {
                errors.add(new RowError(
                        excelRow,
                        "quantity",
                        (mode == Mode.RECEIPT ? "须为正整数" : "须为不小于 0 的整数") + " / must be a whole number "
                                + (mode == Mode.RECEIPT ? "above 0" : "of at least 0") + ": " + quantityText));
            }
            if (!sku.isEmpty() && !seen.add(sku + "@" + warehouse)) {
                errors.add(
                        new RowError(excelRow, "sku_code", "同一 SKU 与仓库重复出现 / the same SKU and warehouse appear twice"));
            }
            if (quantity != null && quantity >= 0) {
                movements.add(new Movement(
                        mode == Mode.RECEIPT ? MovementType.INBOUND : MovementType.ADJUSTMENT,
                        sku,
                        warehouse,
                        quantity,
                        (mode == Mode.RECEIPT ? "收货导入 receipt import: " : "盘点导入 stock count import: ") + fileName,
                        "import",
                        fileName));
            }
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(errors);
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
                adjustments.add(new Movement(
                        MovementType.ADJUSTMENT,
                        m.skuCode(),
                        m.warehouse(),
                        delta,
                        m.reason(),
                        m.referenceType(),
                        m.referenceId()));
            }
        }
        return adjustments;
    }

    private static Map<String, Integer> header(List<String> header, List<RowError> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).trim().toLowerCase(Locale.ROOT);
            for (String column : COLUMNS) {
                if (name.equals(column) || name.endsWith(" " + column)) {
                    index.put(column, c);
                }
            }
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                errors.add(new RowError(1, column, "缺少列 " + column + " / missing column " + column));
            }
        }
        return index;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() && row.get(column) != null ? row.get(column).trim() : "";
    }

    private static Integer parseQuantity(String text) {
        try {
            String clean = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
            return Integer.valueOf(clean);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<List<String>> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return readXlsx(content);
            }
            if (name.endsWith(".csv")) {
                return readCsv(content);
            }
        } catch (IOException | RuntimeException e) {
            throw new RejectedException(
                    List.of(new RowError(0, "file", "无法读取文件 / the file cannot be read: " + e.getMessage())));
        }
        throw new RejectedException(List.of(new RowError(0, "file", "只支持 .csv 和 .xlsx / only .csv and .xlsx files")));
    }

    private static List<List<String>> readCsv(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(content)), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                rows.add(record.stream().toList());
            }
        }
        return rows;
    }

    private static List<List<String>> readXlsx(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        var formatter = new DataFormatter(Locale.ROOT);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Row row : workbook.getSheetAt(0)) {
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 as Excel on Chinese Windows writes. */
    private static String decode(byte[] content) {
        int bom = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, bom, content.length - bom))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }
}
