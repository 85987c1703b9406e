package io.storeops.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class StockImportTest {

    @LocalServerPort
    int port;

    String newSku(ApiClient admin) {
        return CatalogFixtures.create(admin, "测试家纺 库存导入")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
    }

    static int onHand(ApiClient admin, String sku, String warehouse) {
        for (JsonNode level : admin.get("/api/v1/stock/" + sku).json().get("warehouses")) {
            if (level.get("warehouse").asString().equals(warehouse)) {
                return level.get("onHand").asInt();
            }
        }
        return 0;
    }

    @Test
    void aStockCountSetsOnHandToTheCountedQuantities() {
        var admin = ApiClient.admin(port);
        String a = newSku(admin);
        String b = newSku(admin);
        admin.post(
                "/api/v1/stock/movements",
                Map.of(
                        "movements",
                        List.of(Map.of(
                                "type",
                                "INBOUND",
                                "skuCode",
                                a,
                                "warehouse",
                                "SH-01",
                                "quantity",
                                50,
                                "reason",
                                "t"))));
        String csv = "\uFEFFSKU编码 sku_code,仓库 warehouse,数量 quantity\n" + a + ",SH-01,47\n" + b + ",GZ-01,12\n";
        var result = admin.postMultipart(
                "/api/v1/stock/imports?mode=COUNT", "count.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.json().get("movements").asInt()).isEqualTo(2);
        assertThat(onHand(admin, a, "SH-01")).isEqualTo(47);
        assertThat(onHand(admin, b, "GZ-01")).isEqualTo(12);
        var ledger =
                admin.get("/api/v1/stock/" + a + "/ledger").json().get("items").get(0);
        assertThat(ledger.get("movement").asString()).isEqualTo("ADJUSTMENT");
        assertThat(ledger.get("onHandDelta").asInt()).isEqualTo(-3);
        assertThat(ledger.get("referenceId").asString()).isEqualTo("count.csv");
        assertThat(ledger.get("reason").get("code").asString()).isEqualTo("inventory.REASON_COUNT_IMPORT");
        assertThat(ledger.get("reason").get("message").asString()).isEqualTo("stock count import: count.csv");
    }

    @Test
    void reportsEveryBadRowAndChangesNothing() {
        var admin = ApiClient.admin(port);
        String a = newSku(admin);
        String csv = "sku_code,warehouse,quantity\n"
                + a + ",SH-01,5\n"
                + "NO-SUCH-SKU,SH-01,5\n"
                + a + ",MOON-1,5\n"
                + a + ",GZ-01,-2\n"
                + a + ",SH-01,7\n";
        var result = admin.postMultipart("/api/v1/stock/imports", "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.isProblem()).isTrue();
        JsonNode errors = result.json().get("errors");
        assertThat(errors.toString())
                .contains(
                        "{\"row\":3,\"column\":\"sku_code\"",
                        "{\"row\":4,\"column\":\"warehouse\"",
                        "{\"row\":5,\"column\":\"quantity\"",
                        "{\"row\":6,\"column\":\"sku_code\"");
        assertThat(onHand(admin, a, "SH-01")).isZero();
        var missing = admin.postMultipart(
                "/api/v1/stock/imports", "x.csv", "sku_code,quantity\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.json().get("errors").get(0).get("column").asString()).isEqualTo("warehouse");
        assertThat(admin.postMultipart("/api/v1/stock/imports", "x.txt", new byte[] {1})
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aReceiptInXlsxOrGbkCsvAddsStock() throws Exception {
        var admin = ApiClient.admin(port);
        String a = newSku(admin);
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("stock");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("sku_code");
            header.createCell(1).setCellValue("warehouse");
            header.createCell(2).setCellValue("quantity");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(a);
            row.createCell(1).setCellValue("BJ-01");
            row.createCell(2).setCellValue(30);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        var receipt = admin.postMultipart("/api/v1/stock/imports?mode=RECEIPT", "receipt.xlsx", xlsx);
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        String gbk = "SKU编码 sku_code,仓库 warehouse,数量 quantity\n" + a + ",BJ-01,5\n";
        var again = admin.postMultipart(
                "/api/v1/stock/imports?mode=RECEIPT", "gbk.csv", gbk.getBytes(Charset.forName("GBK")));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(onHand(admin, a, "BJ-01")).isEqualTo(35);
        var analyst = InventoryApiTest.as(admin, "ANALYST");
        assertThat(analyst.postMultipart("/api/v1/stock/imports", "x.csv", gbk.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void refusesBig5BrokenQuotesAndFormulasInWordsAndChangesNothing() throws Exception {
        var admin = ApiClient.admin(port);
        String a = newSku(admin);

        byte[] big5 = ("sku_code,warehouse,quantity,備註\n" + a + ",SH-01,10,純棉床單 長絨棉四件套 藍色\n" + a
                        + ",SH-01,5,數碼配件 無線充電器 黑色\n")
                .getBytes(Charset.forName("Big5"));
        var big5Result = admin.postMultipart("/api/v1/stock/imports?mode=RECEIPT", "big5.csv", big5);
        assertThat(big5Result.status()).as(big5Result.toString()).isEqualTo(400);
        assertThat(big5Result
                        .json()
                        .get("errors")
                        .get(0)
                        .get("message")
                        .get("message")
                        .asString())
                .contains("neither UTF-8 nor GB18030", "CSV UTF-8");

        String unclosed = "sku_code,warehouse,quantity\n" + a + ",SH-01,5\n" + a + ",\"SH-01,5\n" + a + ",SH-01,5\n";
        var quoteResult = admin.postMultipart(
                "/api/v1/stock/imports?mode=RECEIPT", "quote.csv", unclosed.getBytes(StandardCharsets.UTF_8));
        assertThat(quoteResult.status()).as(quoteResult.toString()).isEqualTo(400);
        JsonNode quoteError = quoteResult.json().get("errors").get(0);
        assertThat(quoteError.get("row").asInt()).isEqualTo(3);
        assertThat(quoteError.get("message").get("message").asString())
                .contains("row 3: a quoted cell opened here is never closed")
                .doesNotContain("CSVException");

        byte[] xlsx;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("receipt");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("sku_code");
            header.createCell(1).setCellValue("warehouse");
            header.createCell(2).setCellValue("quantity");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(a);
            row.createCell(1).setCellValue("SH-01");
            row.createCell(2).setCellFormula("2+3");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        var formulaResult = admin.postMultipart("/api/v1/stock/imports?mode=RECEIPT", "receipt.xlsx", xlsx);
        assertThat(formulaResult.status()).as(formulaResult.toString()).isEqualTo(400);
        JsonNode formulaError = formulaResult.json().get("errors").get(0);
        assertThat(formulaError.get("row").asInt()).isEqualTo(2);
        assertThat(formulaError.get("message").get("message").asString())
                .contains("cell C2 holds a formula; formulas are not accepted");

        assertThat(onHand(admin, a, "SH-01")).isZero();
    }
}
