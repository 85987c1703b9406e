package io.storeops.catalog.importing;

import static io.storeops.catalog.importing.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ImportTemplateTest {

    @LocalServerPort
    int port;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.admin(port);
    }

    @Test
    void xlsxTemplateHasTheHeaderTwoExamplesAndAGuideWithTheCategoryCodes() throws Exception {
        String category = category(admin);

        var response = admin.download("/api/v1/catalog/import-template?format=xlsx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "product-import-template.xlsx");
        List<List<String>> rows = parse(FileFormat.XLSX, response.body());
        assertThat(rows.getFirst()).startsWith("SPU编码 spu_code", "商品标题 title").hasSize(12);
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).allSatisfy(r -> assertThat(r.getFirst()).isEqualTo("DEMO-TEE-001"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            List<String> guide = texts(workbook.getSheetAt(1));
            assertThat(guide).contains("SPU编码 spu_code", "吊牌价 list_price", category);
        }
    }

    @Test
    void csvTemplateOpensInExcelAndParsesBack() throws Exception {
        var response = admin.download("/api/v1/catalog/import-template?format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parse(FileFormat.CSV, response.body());
        assertThat(rows.getFirst()).isEqualTo(ProductRows.headers());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(Column.ATTRIBUTES.ordinal())).isEqualTo("材质=纯棉;产地=新疆");
        assertThat(rows.get(2).get(Column.SKU_ATTRIBUTES.ordinal())).isEqualTo("颜色=白色;尺码=L");
    }

    @Test
    void filledInTemplateImports() throws Exception {
        String category = category(admin);
        String spu = ApiClient.unique("TPL");
        var template =
                admin.download("/api/v1/catalog/import-template?format=xlsx").body();
        List<List<String>> examples = parse(FileFormat.XLSX, template).subList(1, 3).stream()
                .map(r -> with(r, Column.CATEGORY_CODE, category))
                .map(r -> with(r, Column.SPU_CODE, spu))
                .map(r -> with(
                        r, Column.SKU_CODE, r.get(Column.SKU_CODE.ordinal()).replace("DEMO-TEE-001", spu)))
                .map(r -> with(r, Column.BARCODE, barcode()))
                .toList();

        JsonNode job = importFile(admin, "template.xlsx", xlsx(examples));

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.get("skus").asInt()).isEqualTo(2);
    }

    @Test
    void refusesAnUnknownFormat() {
        var response = admin.get("/api/v1/catalog/import-template?format=pdf");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    private static List<String> texts(Sheet sheet) {
        var formatter = new DataFormatter();
        var texts = new ArrayList<String>();
        for (Row row : sheet) {
            row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
        }
        return texts;
    }
}
