package io.storeops.catalog.importing;

import static io.storeops.catalog.importing.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ProductImportTest {

    @LocalServerPort
    int port;

    ApiClient admin;
    String category;

    @BeforeEach
    void setUp() {
        admin = ApiClient.admin(port);
        category = category(admin);
    }

    @Test
    void importsGoodCsvInOneGoAndTheProductsBecomeSearchable() {
        String prefix = ApiClient.unique("CSV");
        List<List<String>> rows = List.of(
                row(prefix + "-A", "纯棉T恤 " + prefix, category, prefix + "-A-M", barcode()),
                with(
                        row(prefix + "-A", "纯棉T恤 " + prefix, category, prefix + "-A-L", barcode()),
                        Column.SKU_ATTRIBUTES,
                        "颜色=白色;尺码=L"),
                row(prefix + "-B", "亚麻衬衫 " + prefix, category, prefix + "-B-M", barcode()));
        byte[] utf8WithBom = withBom(csv(rows, StandardCharsets.UTF_8));

        JsonNode job = importFile(admin, "products.csv", utf8WithBom);

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.get("fileName").asString()).isEqualTo("products.csv");
        assertThat(job.get("totalRows").asInt()).isEqualTo(3);
        assertThat(job.get("processedRows").asInt()).isEqualTo(3);
        assertThat(job.get("products").asInt()).isEqualTo(2);
        assertThat(job.get("skus").asInt()).isEqualTo(3);
        assertThat(job.get("errors")).isEmpty();
        assertThat(job.get("finishedAt").isNull()).isFalse();

        JsonNode found =
                admin.get("/api/v1/products?q=" + prefix + "&sort=spuCode,asc").json();
        assertThat(found.get("total").asInt()).isEqualTo(2);
        JsonNode product = admin.get("/api/v1/products/"
                        + found.get("items").get(0).get("id").asLong())
                .json();
        assertThat(product.get("spuCode").asString()).isEqualTo(prefix + "-A");
        assertThat(product.get("brand").asString()).isEqualTo("导入测试品牌");
        assertThat(product.get("attributes").get("产地").asString()).isEqualTo("新疆");
        assertThat(product.get("skus"))
                .extracting(
                        s -> s.get("skuCode").asString(),
                        s -> s.get("attributes").get("尺码").asString(),
                        s -> s.get("listPrice").asDouble())
                .containsExactly(tuple(prefix + "-A-M", "M", 79.0), tuple(prefix + "-A-L", "L", 79.0));
    }

    @Test
    void auditsEachImportedProductWithTheUploaderAsActor() {
        String prefix = ApiClient.unique("AUD");
        JsonNode job = importFile(
                admin,
                "audit.csv",
                csv(List.of(row(prefix, "审计 " + prefix, category, prefix + "-1", barcode())), StandardCharsets.UTF_8));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");

        long id = admin.get("/api/v1/products?q=" + prefix)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        JsonNode audit =
                admin.get("/api/v1/audit?entityType=product&entityId=" + id).json();
        assertThat(audit.get("items"))
                .extracting(e -> e.get("action").asString(), e -> e.get("actor").asString())
                .containsExactly(tuple("IMPORT", "admin"));
    }

    @Test
    void importsXlsxWithBarcodesAndAmountsTypedAsNumbers() {
        String prefix = ApiClient.unique("XLS");
        String barcode = "69" + barcode().substring(2);
        List<String> row =
                with(row(prefix, "羊毛围巾 " + prefix, category, prefix + "-1", barcode), Column.LIST_PRICE, "129.5");

        JsonNode job = importFile(admin, "products.xlsx", xlsx(List.of(row)));

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        JsonNode found = admin.get("/api/v1/products?q=" + barcode).json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode sku = admin.get("/api/v1/products/"
                        + found.get("items").get(0).get("id").asLong())
                .json()
                .get("skus")
                .get(0);
        assertThat(sku.get("barcode").asString()).isEqualTo(barcode);
        assertThat(sku.get("listPrice").decimalValue()).isEqualByComparingTo("129.50");
    }

    @Test
    void reportsEveryBadRowAndImportsNothingNotEvenTheGoodRows() {
        String taken = barcode();
        String existing = ApiClient.unique("OLD");
        assertThat(importFile(
                                admin,
                                "first.csv",
                                csv(
                                        List.of(row(existing, "已有商品", category, existing + "-1", taken)),
                                        StandardCharsets.UTF_8))
                        .get("status")
                        .asString())
                .isEqualTo("COMPLETED");
        String prefix = ApiClient.unique("BAD");
        String good = barcode();
        List<List<String>> rows = List.of(
                row(prefix + "-1", "好商品 " + prefix, category, prefix + "-1-A", good),
                with(row(prefix + "-2", "金额错误 " + prefix, category, prefix + "-2-A", barcode()), Column.COST, "12.345"),
                row(prefix + "-3", "类目错误 " + prefix, "no-such-category", prefix + "-3-A", barcode()),
                row(prefix + "-4", "条码重复 " + prefix, category, prefix + "-4-A", good),
                row(prefix + "-5", "条码已存在 " + prefix, category, prefix + "-5-A", taken),
                row(prefix + "-1", "标题不一致 " + prefix, category, prefix + "-1-B", barcode()),
                row(prefix + "-6", "缺 SKU 编码 " + prefix, category, "", barcode()),
                with(row(prefix + "-7", "条码太短 " + prefix, category, prefix + "-7-A", "1234"), Column.LIST_PRICE, "-1"),
                row("", "缺 SPU 编码 " + prefix, category, prefix + "-8-A", "12AB5678"));

        JsonNode job = importFile(admin, "bad.csv", csv(rows, StandardCharsets.UTF_8));

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("totalRows").asInt()).isEqualTo(9);
        assertThat(job.get("errors"))
                .extracting(e -> e.get("row").asInt(), e -> e.get("column").asString())
                .containsExactly(
                        tuple(3, "cost"),
                        tuple(4, "category_code"),
                        tuple(5, "barcode"),
                        tuple(6, "barcode"),
                        tuple(7, "title"),
                        tuple(8, "sku_code"),
                        tuple(9, "barcode"),
                        tuple(9, "list_price"),
                        tuple(10, "spu_code"),
                        tuple(10, "barcode"));
        assertThat(job.get("errors"))
                .allSatisfy(e ->
                        assertThat(e.get("message").get("code").asString()).matches("(catalog|platform)\\.[A-Z_]+"));
        assertThat(job.get("errors").get(0).get("message").get("message").asString())
                .doesNotContain(" / ");
        assertThat(messageAt(job, 5)).contains("row 2");
        assertThat(messageAt(job, 6)).contains("already exists");
        assertThat(messageAt(job, 9)).isEqualTo("barcode must be 8–14 digits");
        assertThat(admin.get("/api/v1/products?q=" + prefix).json().get("total").asInt())
                .isZero();

        var report = admin.download("/api/v1/catalog/imports/" + job.get("id").asLong() + "/errors.csv");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("errors.csv");
        assertThat(report.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(report.body(), StandardCharsets.UTF_8);
        assertThat(text.lines().toList())
                .hasSize(11)
                .startsWith("\uFEFFrow,column,message")
                .anySatisfy(
                        line -> assertThat(line).startsWith("4,category_code,").contains("no-such-category"));
    }

    @Test
    void refusesToImportExistingProductsAgain() {
        String prefix = ApiClient.unique("TWICE");
        byte[] file =
                csv(List.of(row(prefix, "两次 " + prefix, category, prefix + "-1", barcode())), StandardCharsets.UTF_8);
        assertThat(importFile(admin, "once.csv", file).get("status").asString()).isEqualTo("COMPLETED");

        JsonNode again = importFile(admin, "twice.csv", file);

        assertThat(again.get("status").asString()).isEqualTo("FAILED");
        assertThat(again.get("errors"))
                .extracting(e -> e.get("row").asInt(), e -> e.get("column").asString())
                .containsExactly(tuple(2, "spu_code"), tuple(2, "sku_code"), tuple(2, "barcode"));
    }

    @Test
    void readsCsvInGbkAsExcelOnChineseWindowsSavesIt() {
        String prefix = ApiClient.unique("GBK");
        byte[] gbk = csv(
                List.of(row(prefix, "中文标题 纯棉 " + prefix, category, prefix + "-1", barcode())), Charset.forName("GBK"));

        JsonNode job = importFile(admin, "gbk.csv", gbk);

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        JsonNode found = admin.get("/api/v1/products?q=" + prefix).json();
        assertThat(found.get("items").get(0).get("title").asString()).isEqualTo("中文标题 纯棉 " + prefix);
    }

    @Test
    void failsABig5FileAndAnUnclosedQuoteWithAMessageInWords() {
        String prefix = ApiClient.unique("B5");
        byte[] big5 = csv(
                List.of(row(prefix, "純棉床單 長絨棉四件套 藍色 " + prefix, category, prefix + "-1", barcode())),
                Charset.forName("Big5"));

        JsonNode big5Job = importFile(admin, "big5.csv", big5);

        assertThat(big5Job.get("status").asString()).as(big5Job.toString()).isEqualTo("FAILED");
        assertThat(messageAt(big5Job, 0)).contains("neither UTF-8 nor GB18030", "Big5");
        assertThat(admin.get("/api/v1/products?q=" + prefix).json().get("total").asInt())
                .isZero();

        String unclosed = new String(
                        csv(
                                List.of(row(prefix, "标题 " + prefix, category, prefix + "-1", barcode())),
                                StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8)
                + "\"" + prefix + ",never closed\r\n";
        JsonNode quoteJob = importFile(admin, "quote.csv", unclosed.getBytes(StandardCharsets.UTF_8));

        assertThat(quoteJob.get("status").asString()).as(quoteJob.toString()).isEqualTo("FAILED");
        assertThat(quoteJob.toString()).doesNotContain("CSVException", "encapsulated");
        assertThat(messageAt(quoteJob, 3)).contains("row 3: a quoted cell opened here is never closed");
    }

    @Test
    void failsAFileWithoutARequiredColumn() {
        String csv = "SPU编码 spu_code,商品标题 title\r\nX1,标题\r\n";

        JsonNode job = importFile(admin, "partial.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("errors"))
                .extracting(e -> e.get("row").asInt(), e -> e.get("column").asString())
                .contains(tuple(1, "category_code"), tuple(1, "barcode"), tuple(1, "list_price"));
    }

    @Test
    void refusesUnknownFileTypesAndEmptyFilesAtOnce() {
        var text =
                admin.postMultipart("/api/v1/catalog/imports", "products.txt", "a,b".getBytes(StandardCharsets.UTF_8));
        var empty = admin.postMultipart("/api/v1/catalog/imports", "products.csv", new byte[0]);
        var notXlsx =
                admin.postMultipart("/api/v1/catalog/imports", "products.xlsx", "a,b".getBytes(StandardCharsets.UTF_8));

        assertThat(List.of(text, empty, notXlsx)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        });
    }

    @Test
    void answersNotFoundForAnUnknownJob() {
        var response = admin.get("/api/v1/catalog/imports/987654321");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void warehouseUsersMayReadTheTemplateButNotImport() {
        String username = ApiClient.unique("wh").toLowerCase();
        var created = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "仓库",
                        "password",
                        "Warehouse-Pass-2026",
                        "roles",
                        List.of("WAREHOUSE")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ApiClient warehouse = ApiClient.loggedIn(port, username, "Warehouse-Pass-2026");
        String prefix = ApiClient.unique("WH");

        var response = warehouse.postMultipart(
                "/api/v1/catalog/imports",
                "wh.csv",
                csv(List.of(row(prefix, "仓库 " + prefix, category, prefix + "-1", barcode())), StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(warehouse
                        .download("/api/v1/catalog/import-template?format=csv")
                        .statusCode())
                .isEqualTo(200);
        assertThat(admin.get("/api/v1/products?q=" + prefix).json().get("total").asInt())
                .isZero();
    }

    private static String messageAt(JsonNode job, int row) {
        for (JsonNode error : job.get("errors")) {
            if (error.get("row").asInt() == row) {
                return error.get("message").get("message").asString();
            }
        }
        throw new AssertionError("no error at row " + row + " in " + job);
    }

    private static byte[] withBom(byte[] content) {
        byte[] result = new byte[content.length + 3];
        result[0] = (byte) 0xEF;
        result[1] = (byte) 0xBB;
        result[2] = (byte) 0xBF;
        System.arraycopy(content, 0, result, 3, content.length);
        return result;
    }
}
