package io.storeops.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storeops.platform.ImportRowError;
import io.storeops.platform.MessageTexts;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ImportTableTest {

    private static final String HEADER = String.join(",", ProductRows.headers());

    @Test
    void numbersRowsAsExcelDoesAndSkipsBlankRows() {
        String csv = HEADER + "\r\n" + line("S1", "A1") + "\r\n\r\n,,,\r\n" + line("S2", "A2") + "\r\n";

        ImportTable table = ImportTable.read(FileFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), 10);

        assertThat(table.errors()).isEmpty();
        assertThat(table.rows())
                .extracting(ImportRow::number, r -> r.get(Column.SPU_CODE))
                .containsExactly(tuple(2, "S1"), tuple(5, "S2"));
    }

    @Test
    void acceptsHeadersByKeyOrChineseLabelInAnyOrder() {
        String csv = "list_price,条码,SKU编码,cost,category_code,商品标题,spu_code\r\n9.90,12345678,K1,1,c1,T,S1\r\n";

        ImportTable table = ImportTable.read(FileFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), 10);

        assertThat(table.errors()).isEmpty();
        ImportRow row = table.rows().getFirst();
        assertThat(row.get(Column.BARCODE)).isEqualTo("12345678");
        assertThat(row.get(Column.LIST_PRICE)).isEqualTo("9.90");
        assertThat(row.get(Column.BRAND)).isEmpty();
    }

    @Test
    void decodesGbkWhenTheBytesAreNotUtf8AndDropsAUtf8Bom() {
        String csv = "list_price,条码,SKU编码,cost,category_code,商品标题,spu_code\r\n9.90,12345678,K1,1,c1,纯棉T恤,S1\r\n";
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);

        for (byte[] content : List.of(gbk, bom)) {
            ImportTable table = ImportTable.read(FileFormat.CSV, content, 10);
            assertThat(table.errors()).isEmpty();
            assertThat(table.rows().getFirst().get(Column.TITLE)).isEqualTo("纯棉T恤");
        }
    }

    @Test
    void stopsAtTheRowLimit() {
        String csv =
                HEADER + "\r\n" + line("S1", "A1") + "\r\n" + line("S2", "A2") + "\r\n" + line("S3", "A3") + "\r\n";

        ImportTable table = ImportTable.read(FileFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), 2);

        assertThat(table.rows()).isEmpty();
        assertThat(table.errors())
                .extracting(ImportRowError::row, ImportRowError::column)
                .containsExactly(tuple(4, "file"));
    }

    @Test
    void reportsAnUnreadableXlsx() {
        ImportTable table =
                ImportTable.read(FileFormat.XLSX, "PK not really a zip".getBytes(StandardCharsets.UTF_8), 10);

        assertThat(table.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isZero();
            assertThat(e.message().code()).isEqualTo("platform.IMPORT_FILE_UNREADABLE");
            assertThat(MessageTexts.loaded().text(e.message(), Locale.ENGLISH)).contains("cannot be read");
        });
    }

    @Test
    void readsXlsxNumbersAsPlainDigits() {
        List<String> row = ImportFixtures.row("S1", "T", "c1", "K1", "6901234567892");
        byte[] xlsx = ImportFixtures.xlsx(List.of(ImportFixtures.with(row, Column.COST, "19.9")));

        ImportTable table = ImportTable.read(FileFormat.XLSX, xlsx, 10);

        assertThat(table.errors()).isEmpty();
        assertThat(table.rows().getFirst().get(Column.BARCODE)).isEqualTo("6901234567892");
        assertThat(table.rows().getFirst().get(Column.COST)).isEqualTo("19.9");
        assertThat(table.rows().getFirst().number()).isEqualTo(2);
    }

    private static String line(String spu, String sku) {
        return String.join(",", ImportFixtures.row(spu, "T", "c1", sku, "12345678"));
    }
}
