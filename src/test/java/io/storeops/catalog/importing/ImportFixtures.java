package io.storeops.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.platform.TableFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;

/** Builds import files and drives imports over HTTP for the tests. */
final class ImportFixtures {

    private ImportFixtures() {}

    /** A category of its own, so tests never depend on the demo data. */
    static String category(ApiClient admin) {
        String code = ApiClient.unique("imp-").toLowerCase();
        var created = admin.post(
                "/api/v1/categories", Map.of("code", code, "nameZh", "导入测试 " + code, "nameEn", "Import " + code));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    static String barcode() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 10_000_000_000_000L));
    }

    /** A valid SKU row in column order; cost 25.00, list price 79.00. */
    static List<String> row(String spu, String title, String category, String sku, String barcode) {
        return new ArrayList<>(List.of(
                spu,
                title,
                category,
                "导入测试品牌",
                "https://img.example.com/" + spu + ".jpg",
                "材质=纯棉;产地=新疆",
                "<p>新疆长绒棉</p>",
                sku,
                barcode,
                "颜色=白色;尺码=M",
                "25.00",
                "79.00"));
    }

    static List<String> with(List<String> row, Column column, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(column.ordinal(), value);
        return copy;
    }

    static byte[] csv(List<List<String>> rows, Charset charset) {
        String text = csvLine(ProductRows.headers())
                + "\r\n"
                + rows.stream().map(ImportFixtures::csvLine).collect(Collectors.joining("\r\n"))
                + "\r\n";
        return text.getBytes(charset);
    }

    /** An xlsx file as Excel would save it: barcodes and amounts typed as numbers. */
    static byte[] xlsx(List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Products");
            var header = sheet.createRow(0);
            List<String> headers = ProductRows.headers();
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (Column column : Column.values()) {
                    String value = rows.get(r).get(column.ordinal());
                    boolean number = column == Column.BARCODE || column.amount();
                    if (number && value.matches("\\d+(\\.\\d+)?")) {
                        row.createCell(column.ordinal()).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(column.ordinal()).setCellValue(value);
                    }
                }
            }
            var bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a downloaded file back with the import reader: every non-blank row, the header first. */
    static List<List<String>> parse(FileFormat format, byte[] content) throws IOException {
        TableFile file = TableFile.read(format.table(), content, Integer.MAX_VALUE);
        List<List<String>> rows = new ArrayList<>();
        rows.add(file.header().cells());
        file.rows().forEach(row -> rows.add(row.cells()));
        return rows;
    }

    /** Uploads a file and waits until its job has finished; returns the final job. */
    static JsonNode importFile(ApiClient client, String fileName, byte[] content) {
        var started = client.postMultipart("/api/v1/catalog/imports", fileName, content);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return awaitFinished(client, started.json().get("id").asLong());
    }

    static JsonNode awaitFinished(ApiClient client, long id) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> client.get("/api/v1/catalog/imports/" + id).json(),
                        job -> job.get("status").asString().matches("COMPLETED|FAILED"));
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
    }
}
