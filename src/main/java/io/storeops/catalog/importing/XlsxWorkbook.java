package io.storeops.catalog.importing;

import io.storeops.catalog.CategoryNode;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An xlsx file written with POI's streaming workbook: table sheets (text cells for codes and barcodes, so Excel keeps
 * their digits; numbers for amounts and counts), such as the product sheet, and optionally a guide sheet explaining
 * the product columns and listing categories.
 */
final class XlsxWorkbook implements AutoCloseable {

    /** How a column's cells are written: as text, as an amount with two decimals, or as a whole number. */
    enum Kind {
        TEXT,
        AMOUNT,
        COUNT
    }

    /** A column of a table sheet: its header, its width in characters and how its cells are written. */
    record SheetColumn(String header, int width, Kind kind) {}

    private static final int MAX_CELL_TEXT = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header = workbook.createCellStyle();
    private final CellStyle text = workbook.createCellStyle();
    private final CellStyle amount = workbook.createCellStyle();
    private final CellStyle count = workbook.createCellStyle();

    XlsxWorkbook() {
        var bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        count.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }

    /** The product sheet of imports, exports and the template, in {@link Column} order. */
    XlsxWorkbook productSheet(List<List<String>> rows) {
        return sheet("商品 Products", ProductRows.sheetColumns(), rows);
    }

    /** A sheet with a frozen header row and one row per entry of {@code rows}, cells in column order. */
    XlsxWorkbook sheet(String name, List<SheetColumn> columns, List<List<String>> rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
            sheet.setDefaultColumnStyle(c, style(columns.get(c).kind()));
        }
        headerRow(sheet, columns.stream().map(SheetColumn::header).toList());
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                cell(row, c, columns.get(c), rows.get(r).get(c));
            }
        }
        return this;
    }

    XlsxWorkbook guideSheet(CategoryIndex categories) {
        Sheet sheet = workbook.createSheet("说明 Guide");
        int[] widths = {24, 12, 70, 30, 40};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        headerRow(sheet, List.of("列 Column", "必填 Required", "说明 Description"));
        int r = 1;
        for (Column column : Column.values()) {
            textRow(sheet, r++, List.of(column.header(), column.required() ? "是 yes" : "否 no", column.help()));
        }
        r++;
        textRow(sheet, r++, List.of("每行一个 SKU；同一 SPU 的商品列须相同 / one row per SKU; product columns must agree"));
        r++;
        Row title = sheet.createRow(r++);
        for (String h : List.of("类目编码 category_code", "末级 leaf", "中文名 name (zh)", "英文名 name (en)", "必填属性 required")) {
            styled(title, title.getPhysicalNumberOfCells(), h, header);
        }
        for (CategoryNode c : categories.all()) {
            String leaf = c.children().isEmpty() ? "是 yes" : "否 no";
            textRow(
                    sheet,
                    r++,
                    List.of(c.code(), leaf, c.nameZh(), c.nameEn(), String.join("、", c.requiredAttributes())));
        }
        return this;
    }

    byte[] toBytes() {
        var bytes = new ByteArrayOutputStream();
        try {
            workbook.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void headerRow(Sheet sheet, List<String> values) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < values.size(); i++) {
            styled(row, i, values.get(i), header);
        }
    }

    private void textRow(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            styled(row, i, values.get(i), text);
        }
    }

    private void cell(Row row, int index, SheetColumn column, String value) {
        if (value.length() > MAX_CELL_TEXT) {
            throw new FieldErrorException(
                    "format",
                    Message.of(
                            ImportingMessage.EXPORT_CELL_TOO_LONG,
                            "item",
                            row.getCell(0).getStringCellValue(),
                            "column",
                            column.header()));
        }
        if (column.kind() != Kind.TEXT && !value.isEmpty()) {
            var cell = row.createCell(index);
            cell.setCellValue(new BigDecimal(value).doubleValue());
            cell.setCellStyle(style(column.kind()));
        } else {
            styled(row, index, value, text);
        }
    }

    private CellStyle style(Kind kind) {
        return switch (kind) {
            case TEXT -> text;
            case AMOUNT -> amount;
            case COUNT -> count;
        };
    }

    private static void styled(Row row, int index, String value, CellStyle style) {
        var cell = row.createCell(index);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
