package io.storeops.catalog.importing;

import static io.storeops.catalog.importing.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ProductExportTest {

    @LocalServerPort
    int port;

    ApiClient admin;
    String category;
    String prefix;

    @BeforeEach
    void importSomeProducts() {
        admin = ApiClient.admin(port);
        category = category(admin);
        prefix = ApiClient.unique("EXP");
        List<List<String>> rows = List.of(
                row(prefix + "-A", "导出 " + prefix + " 衬衫", category, prefix + "-A-1", barcode()),
                with(
                        row(prefix + "-A", "导出 " + prefix + " 衬衫", category, prefix + "-A-2", barcode()),
                        Column.COST,
                        "30.5"),
                row(prefix + "-B", "导出 " + prefix + " 长裤", category, prefix + "-B-1", barcode()),
                row(ApiClient.unique("OTHER"), "不在筛选内", category, ApiClient.unique("OTHER"), barcode()));
        JsonNode job = importFile(admin, "export-seed.csv", csv(rows, StandardCharsets.UTF_8));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
    }

    @Test
    void exportsTheFilteredListAsXlsxOneRowPerSku() throws Exception {
        var response = admin.download("/api/v1/products/export?format=xlsx&sort=spuCode,asc&q=" + prefix);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"products-\\d{8}-\\d{4}\\.xlsx\"");
        List<List<String>> rows = parse(FileFormat.XLSX, response.body());
        assertThat(rows.getFirst()).isEqualTo(ProductRows.headers());
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> r.get(Column.SKU_CODE.ordinal()))
                .containsExactlyInAnyOrder(prefix + "-A-1", prefix + "-A-2", prefix + "-B-1");
        List<String> second = rows.stream()
                .filter(r -> r.get(Column.SKU_CODE.ordinal()).equals(prefix + "-A-2"))
                .findFirst()
                .orElseThrow();
        assertThat(second.get(Column.SPU_CODE.ordinal())).isEqualTo(prefix + "-A");
        assertThat(second.get(Column.CATEGORY_CODE.ordinal())).isEqualTo(category);
        assertThat(Cells.pairs(second.get(Column.ATTRIBUTES.ordinal()))).isEqualTo(Cells.pairs("材质=纯棉;产地=新疆"));
        assertThat(new BigDecimal(second.get(Column.COST.ordinal()))).isEqualByComparingTo("30.50");
    }

    @Test
    void csvExportCanBeImportedAgainWithNewCodes() throws Exception {
        var response = admin.download("/api/v1/products/export?format=csv&q=" + prefix);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> exported = parse(FileFormat.CSV, response.body());
        assertThat(exported).hasSize(4);
        String copy = ApiClient.unique("COPY");
        List<List<String>> edited = exported.subList(1, exported.size()).stream()
                .map(r -> with(
                        r, Column.SPU_CODE, r.get(Column.SPU_CODE.ordinal()).replace(prefix, copy)))
                .map(r -> with(
                        r, Column.SKU_CODE, r.get(Column.SKU_CODE.ordinal()).replace(prefix, copy)))
                .map(r -> with(r, Column.BARCODE, barcode()))
                .toList();

        JsonNode job = importFile(admin, "copy.csv", csv(edited, StandardCharsets.UTF_8));

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.get("products").asInt()).isEqualTo(2);
        assertThat(job.get("skus").asInt()).isEqualTo(3);
        assertThat(admin.get("/api/v1/products?q=" + copy).json().get("total").asInt())
                .isEqualTo(2);
    }
}
