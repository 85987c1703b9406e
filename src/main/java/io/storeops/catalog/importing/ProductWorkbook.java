package io.storeops.catalog.importing;

import io.storeops.catalog.CategoryNode;
import io.storeops.shared.FieldErrorException;
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
 * An xlsx file written with POI's streaming workbook: the product sheet (text cells for codes and barcodes, so Excel
 * keeps their digits; numbers for amounts) and optionally a guide sheet explaining the columns and listing categories.
 */
final class ProductWorkbook implements AutoCloseable {

    private static final int MAX_CELL_TEXT = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header = workbook.createCellStyle();
    private final CellStyle text = workbook.createCellStyle();
    private final CellStyle amount = workbook.createCellStyle();

    ProductWorkbook() {
        var bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    ProductWorkbook productSheet(List<List<String>> rows) {
        Sheet sheet = workbook.createSheet("商品 Products");
        Column[] columns = Column.values();
        for (Column column : columns) {
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
            sheet.setDefaultColumnStyle(column.ordinal(), column.amount() ? amount : text);
        }
        headerRow(sheet, ProductRows.headers());
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (Column column : columns) {
                cell(row, column, rows.get(r).get(column.ordinal()));
            }
        }
        return this;
    }

    ProductWorkbook guideSheet(CategoryIndex categories) {
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

    private void cell(Row row, Column column, String value) {
        if (value.length() > MAX_CELL_TEXT) {
            throw new FieldErrorException(
                    "format",
                    "%1$s 的 %2$s 超过 Excel 单元格上限 32767 字符，请改用 CSV / %2$s of %1$s exceeds Excel's cell limit of 32,767 characters; use CSV"
                            .formatted(row.getCell(0).getStringCellValue(), column.key()));
        }
        if (column.amount() && !value.isEmpty()) {
            var cell = row.createCell(column.ordinal());
            cell.setCellValue(new BigDecimal(value).doubleValue());
            cell.setCellStyle(amount);
        } else {
            styled(row, column.ordinal(), value, text);
        }
    }

    private static void styled(Row row, int index, String value, CellStyle style) {
        var cell = row.createCell(index);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
