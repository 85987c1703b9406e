package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFileTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf8WithBomAsTrimmedCellsNumberedAsExcelDoes() {
        String csv = "\uFEFF订单编号 , 数量\r\n A-1 ,2\r\n\r\n,\r\n\"多\r\n行\",3\r\nA-3,4\r\n";

        TableFile file = TableFile.read("orders.CSV", utf8(csv), 10);

        assertThat(file.format()).isEqualTo(TableFile.Format.CSV);
        assertThat(file.header().number()).isEqualTo(1);
        assertThat(file.header().cells()).containsExactly("订单编号", "数量");
        assertThat(file.rows())
                .extracting(TableFile.Row::number, r -> r.cell(0), r -> r.cell(1), r -> r.cell(5))
                .containsExactly(tuple(2, "A-1", "2", ""), tuple(5, "多\r\n行", "3", ""), tuple(6, "A-3", "4", ""));
    }

    @Test
    void decodesGbkWhenTheBytesAreNotUtf8() {
        byte[] gbk = "标题,颜色\n纯棉T恤,白色\n".getBytes(Charset.forName("GBK"));

        TableFile file = TableFile.read("gbk.csv", gbk, 10);

        assertThat(file.header().cells()).containsExactly("标题", "颜色");
        assertThat(file.rows().getFirst().cells()).containsExactly("纯棉T恤", "白色");
        assertThat(TableFile.decode(utf8("\uFEFF标题"))).isEqualTo("标题");
    }

    @Test
    void removesTheFormulaGuardOfExportedCsv() {
        TableFile file = TableFile.read("x.csv", utf8("a,b\n'=1+1,'quoted\n"), 10);

        assertThat(file.rows().getFirst().cells()).containsExactly("=1+1", "'quoted");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithPlainNumbersAndDates() throws IOException {
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("orders");
            workbook.createSheet("second").createRow(0).createCell(0).setCellValue("ignored");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            sheet.createRow(1).createCell(0).setCellValue("barcode");
            sheet.getRow(1).createCell(2).setCellValue("paid");
            var row = sheet.createRow(3);
            row.createCell(0).setCellValue(6901234567892d);
            row.createCell(1).setCellValue(19.9);
            var paid = row.createCell(2);
            paid.setCellValue(LocalDateTime.of(2026, 3, 8, 14, 5, 9));
            paid.setCellStyle(dateStyle);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        TableFile file = TableFile.read("orders.xlsx", xlsx, 10);

        assertThat(file.header().number()).isEqualTo(2);
        assertThat(file.header().cells()).containsExactly("barcode", "", "paid");
        assertThat(file.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(4);
            assertThat(r.cells()).containsExactly("6901234567892", "19.9", "2026-03-08 14:05:09");
        });
    }

    @Test
    void refusesEmptyUnreadableAndUnknownFiles() {
        assertThatThrownBy(() -> TableFile.read("x.csv", new byte[0], 10))
                .isInstanceOf(TableFormatException.class)
                .hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> TableFile.read("x.csv", utf8("\r\n , \r\n"), 10))
                .hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> TableFile.read("x.xlsx", utf8("PK not really a zip"), 10))
                .isInstanceOfSatisfying(
                        TableFormatException.class, e -> assertThat(e.row()).isZero())
                .hasMessageContaining("cannot be read as xlsx");
        assertThatThrownBy(() -> TableFile.read("x.xlsx", utf8("a,b\n1,2\n"), 10))
                .hasMessageContaining("cannot be read as xlsx");
        assertThatThrownBy(() -> TableFile.read("x.txt", utf8("a,b\n"), 10))
                .hasMessageContaining("only .xlsx and .csv");
    }

    @Test
    void aHeaderAloneIsAFileWithoutRows() {
        assertThat(TableFile.read("x.csv", utf8("a,b\n"), 10).rows()).isEmpty();
    }

    @Test
    void stopsAtTheFirstRowOverTheLimitAndKeepsTheHeader() {
        String csv = "a,b\n1,1\n\n2,2\n3,3\n4,4\n";

        assertThat(TableFile.read("x.csv", utf8(csv), 4).rows()).hasSize(4);
        assertThatThrownBy(() -> TableFile.read("x.csv", utf8(csv), 3))
                .isInstanceOfSatisfying(TableFormatException.class, e -> {
                    assertThat(e.row()).isEqualTo(6);
                    assertThat(e.header())
                            .hasValueSatisfying(h -> assertThat(h.cells()).isEqualTo(List.of("a", "b")));
                })
                .hasMessageContaining("more than 3 data rows");
    }

    @Test
    void refusesABig5FileInsteadOfImportingGarbledText() {
        byte[] big5 = "sku_code,warehouse,quantity,備註\nA-1,上海倉,10,純棉床單 長絨棉四件套 藍色\nA-2,北京倉,5,數碼配件 無線充電器 黑色\n"
                .getBytes(Charset.forName("Big5"));

        assertThatThrownBy(() -> TableFile.read("stock.csv", big5, 10))
                .isInstanceOfSatisfying(
                        TableFormatException.class, e -> assertThat(e.row()).isZero())
                .hasMessageContaining("neither UTF-8 nor GB18030")
                .hasMessageContaining("Big5")
                .hasMessageContaining("CSV UTF-8");
    }

    @Test
    void acceptsTraditionalCharactersWrittenInGbk() {
        byte[] gbk = "标题,颜色\n純棉床單 長絨棉四件套,藍色\n".getBytes(Charset.forName("GBK"));

        assertThat(TableFile.read("gbk.csv", gbk, 10).rows().getFirst().cells()).containsExactly("純棉床單 長絨棉四件套", "藍色");
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGb18030() {
        byte[] broken = {'a', ',', 'b', '\n', (byte) 0x80, ',', '1', '\n'};

        assertThatThrownBy(() -> TableFile.read("x.csv", broken, 10))
                .isInstanceOf(TableFormatException.class)
                .hasMessageContaining("neither UTF-8 nor GB18030");
    }

    @Test
    void reportsAnUnclosedQuoteByRowInWords() {
        String csv = "a,b\n\"多\n行\",1\nA-2,\"unclosed\nA-3,3\nA-4,4\n";

        assertThatThrownBy(() -> TableFile.read("x.csv", utf8(csv), 10))
                .isInstanceOfSatisfying(
                        TableFormatException.class, e -> assertThat(e.row()).isEqualTo(3))
                .hasMessageContaining("row 3: a quoted cell opened here is never closed")
                .hasMessageNotContaining("CSVException")
                .hasMessageNotContaining("encapsulated");
        assertThatThrownBy(() -> TableFile.read("x.csv", utf8("a,b\n1,\"x\"y\n"), 10))
                .isInstanceOfSatisfying(
                        TableFormatException.class, e -> assertThat(e.row()).isEqualTo(2))
                .hasMessageContaining("row 2: text follows a closing quote");
    }

    @Test
    void refusesAFormulaCellNamingIt() throws IOException {
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("stock");
            sheet.createRow(0).createCell(0).setCellValue("sku_code");
            sheet.getRow(0).createCell(1).setCellValue("quantity");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("A-1");
            row.createCell(1).setCellValue(5);
            var formula = sheet.createRow(2);
            formula.createCell(0).setCellValue("A-2");
            formula.createCell(1).setCellFormula("B2*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        assertThatThrownBy(() -> TableFile.read("stock.xlsx", xlsx, 10))
                .isInstanceOfSatisfying(
                        TableFormatException.class, e -> assertThat(e.row()).isEqualTo(3))
                .hasMessageContaining("row 3: cell B3 holds a formula; formulas are not accepted");
    }
}
