package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.StockLevel;
import io.storeops.platform.TableFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Orders exported from a marketplace back office come in as files: checked whole, then ingested once. */
@IntegrationTest
class OrderImportTest {

    private static final String ADDRESS = "幸福路 88 号 2 栋 301";

    @LocalServerPort
    int port;

    @Autowired
    Inventory inventory;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin() {
        return ApiClient.admin(port);
    }

    int reserved(String sku) {
        return inventory.levelsOf(sku).stream().mapToInt(StockLevel::reserved).sum();
    }

    int stored(String channel, String... externalIds) {
        return jdbc.sql("select count(*) from orders.orders where channel_code = ? and external_id = any(?)")
                .params(channel, externalIds)
                .query(Integer.class)
                .single();
    }

    JsonNode order(String channel, String externalId) {
        long id = jdbc.sql("select id from orders.orders where channel_code = ? and external_id = ?")
                .params(channel, externalId)
                .query(Long.class)
                .single();
        return admin().get("/api/v1/orders/" + id).json();
    }

    ApiClient.Response upload(String channel, String fileName, byte[] content) {
        return admin().postMultipart("/api/v1/orders/imports?channel=" + channel, fileName, content);
    }

    static String csv(List<List<String>> rows) {
        return rows.stream().map(r -> String.join(",", r)).collect(Collectors.joining("\r\n")) + "\r\n";
    }

    @Test
    void aUtf8CsvWithBomGroupsLinesByOrderNoAndAReimportStoresNothingTwice() {
        String a = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 10);
        String b = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 10);
        String paid = ApiClient.unique("TM-");
        String closed = ApiClient.unique("TM-");
        String noAddress = ApiClient.unique("TM-");
        String phone = OrderFixtures.phone();
        String header = "订单编号,买家昵称,收货人,联系电话,省,市,区,详细地址,商家编码,数量,单价,优惠,运费,下单时间,付款时间,订单状态,买家留言";
        byte[] file = ("\uFEFF"
                        + csv(List.of(
                                List.of(header),
                                List.of(
                                        paid,
                                        "nick1",
                                        "王五",
                                        phone,
                                        "上海",
                                        "上海市",
                                        "浦东新区",
                                        ADDRESS,
                                        a,
                                        "2",
                                        "49.90",
                                        "5.00",
                                        "8.00",
                                        "2026-03-08 14:05:09",
                                        "2026-03-08 14:06:00",
                                        "已付款",
                                        ""),
                                List.of(
                                        paid,
                                        "nick1",
                                        "王五",
                                        phone,
                                        "上海",
                                        "上海市",
                                        "浦东新区",
                                        ADDRESS,
                                        b,
                                        "1",
                                        "29.90",
                                        "",
                                        "8.00",
                                        "2026-03-08 14:05:09",
                                        "2026-03-08 14:06:00",
                                        "已付款",
                                        ""),
                                List.of(
                                        closed,
                                        "nick2",
                                        "赵六",
                                        OrderFixtures.phone(),
                                        "上海",
                                        "上海市",
                                        "浦东新区",
                                        ADDRESS,
                                        a,
                                        "1",
                                        "49.90",
                                        "",
                                        "",
                                        "2026-03-08 15:00:00",
                                        "",
                                        "交易关闭",
                                        ""),
                                List.of(
                                        noAddress,
                                        "nick3",
                                        "钱七",
                                        OrderFixtures.phone(),
                                        "",
                                        "",
                                        "",
                                        "",
                                        a,
                                        "1",
                                        "49.90",
                                        "",
                                        "",
                                        "2026/3/8 16:00",
                                        "",
                                        "",
                                        ""))))
                .getBytes(StandardCharsets.UTF_8);

        var first = upload("TMALL", "tmall-orders.csv", file);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode result = first.json();
        assertThat(result.get("channel").asString()).isEqualTo("TMALL");
        assertThat(result.get("rows").asInt()).isEqualTo(4);
        assertThat(result.get("orders").asInt()).isEqualTo(3);
        assertThat(result.get("created").asInt()).isEqualTo(3);
        assertThat(result.get("duplicates").asInt()).isZero();
        assertThat(result.get("statuses").get("ALLOCATED").asInt()).isEqualTo(1);
        assertThat(result.get("statuses").get("CANCELLED").asInt()).isEqualTo(1);
        assertThat(result.get("statuses").get("HELD").asInt()).isEqualTo(1);

        JsonNode order = order("TMALL", paid);
        assertThat(order.get("source").asString()).isEqualTo("IMPORT");
        assertThat(order.get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(order.get("lines")).hasSize(2);
        assertThat(order.get("buyerName").asString()).isEqualTo("王五");
        assertThat(Instant.parse(order.get("orderedAt").asString())).isEqualTo(Instant.parse("2026-03-08T06:05:09Z"));
        assertThat(new BigDecimal(order.get("shippingFee").asString())).isEqualByComparingTo("8.00");
        assertThat(new BigDecimal(order.get("total").asString()))
                .isEqualByComparingTo("132.70"); // 2 × 49.90 − 5.00 + 29.90 + 8.00
        assertThat(order("TMALL", noAddress).get("holdReasons").toString()).contains("ADDRESS_INCOMPLETE");
        assertThat(reserved(a)).isEqualTo(2);
        assertThat(reserved(b)).isEqualTo(1);

        var again = upload("tmall", "tmall-orders.csv", file);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(3);
        assertThat(stored("TMALL", paid, closed, noAddress)).isEqualTo(3);
        assertThat(order("TMALL", paid).get("lines")).hasSize(2);
        assertThat(reserved(a)).isEqualTo(2);
        assertThat(reserved(b)).isEqualTo(1);
        assertThat(inventory.verifyLedger().consistent()).isTrue();
    }

    @Test
    void aGbkCsvWithEnglishHeadersImports() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 5);
        String no = ApiClient.unique("JD-");
        byte[] gbk = csv(List.of(
                        List.of(
                                "Order No.,Buyer Nick,Receiver,Phone,Province,City,District,Address,SKU Code,Quantity,Unit"
                                        + " Price,Ordered At,Status"),
                        List.of(
                                no,
                                "jd_buyer",
                                "孙八",
                                OrderFixtures.phone(),
                                "上海",
                                "上海市",
                                "徐汇区",
                                ADDRESS,
                                sku,
                                "3",
                                "19.90",
                                "2026-03-09 09:00:00",
                                "paid")))
                .getBytes(Charset.forName("GBK"));

        var answer = upload("JD", "jd.csv", gbk);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("statuses").get("ALLOCATED").asInt()).isEqualTo(1);
        JsonNode order = order("JD", no);
        assertThat(order.get("buyerName").asString()).isEqualTo("孙八");
        assertThat(order.get("addressDetail").asString()).isEqualTo(ADDRESS);
        assertThat(reserved(sku)).isEqualTo(3);
    }

    @Test
    void anXlsxWithTemplateHeadersNumbersAndDateCellsImports() throws IOException {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 5);
        String no = ApiClient.unique("DY-");
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("订单");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d h:mm"));
            List<String> headers = List.of(
                    "订单编号 order_no",
                    "收货人 receiver",
                    "联系电话 phone",
                    "省 province",
                    "市 city",
                    "详细地址 address",
                    "商家编码 sku_code",
                    "数量 quantity",
                    "单价 unit_price",
                    "下单时间 ordered_at");
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(no);
            row.createCell(1).setCellValue("周九");
            row.createCell(2).setCellValue(OrderFixtures.phone());
            row.createCell(3).setCellValue("上海");
            row.createCell(4).setCellValue("上海市");
            row.createCell(5).setCellValue(ADDRESS);
            row.createCell(6).setCellValue(sku);
            row.createCell(7).setCellValue(2);
            row.createCell(8).setCellValue(59.9);
            var ordered = row.createCell(9);
            ordered.setCellValue(LocalDateTime.of(2026, 3, 10, 20, 30));
            ordered.setCellStyle(dates);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        var answer = upload("DOUYIN", "douyin.xlsx", xlsx);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("created").asInt()).isEqualTo(1);
        JsonNode order = order("DOUYIN", no);
        assertThat(order.get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(order.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(Instant.parse(order.get("orderedAt").asString())).isEqualTo(Instant.parse("2026-03-10T12:30:00Z"));
        assertThat(reserved(sku)).isEqualTo(2);
    }

    @Test
    void aFileWithBadRowsIsRefusedWithEveryRowAndColumnAndStoresNothing() {
        String sku = OrderFixtures.skuWithStock(admin(), inventory, "SH-01", 5);
        String good = ApiClient.unique("TM-");
        String other = ApiClient.unique("TM-");
        byte[] file = csv(List.of(
                        List.of("订单编号,联系电话,省,市,详细地址,商家编码,数量,单价,下单时间"),
                        List.of(
                                good,
                                OrderFixtures.phone(),
                                "上海",
                                "上海市",
                                ADDRESS,
                                sku,
                                "1",
                                "49.90",
                                "2026-03-08 14:05:09"),
                        List.of(other, OrderFixtures.phone(), "上海", "上海市", ADDRESS, sku, "abc", "49.90", ""),
                        List.of(other, "", "", "", "", sku, "1", "49.90", "2026-13-45 10:00:00"),
                        List.of("", OrderFixtures.phone(), "上海", "上海市", ADDRESS, sku, "1", "49.90", ""),
                        List.of(good, "", "", "", "", sku, "1", "-5", "")))
                .getBytes(StandardCharsets.UTF_8);

        var answer = upload("TMALL", "bad.csv", file);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("errors").toString())
                .contains(
                        "{\"row\":3,\"column\":\"quantity\"",
                        "{\"row\":4,\"column\":\"ordered_at\"",
                        "{\"row\":5,\"column\":\"order_no\"",
                        "{\"row\":6,\"column\":\"unit_price\"");
        assertThat(answer.json().get("errors")).hasSize(4);
        assertThat(answer.json().get("code").asString()).isEqualTo("platform.IMPORT_REJECTED");
        assertThat(answer.json().get("detail").asString()).isEqualTo("4 errors, nothing imported");
        JsonNode quantity = answer.json().get("errors").get(0).get("message");
        assertThat(quantity.get("code").asString()).isEqualTo("orders.IMPORT_QUANTITY_INVALID");
        assertThat(quantity.get("args").get("value").asString()).isEqualTo("abc");
        assertThat(quantity.get("message").asString()).isEqualTo("must be a whole number from 1 to 9999: abc");
        assertThat(stored("TMALL", good, other)).isZero();
        assertThat(reserved(sku)).isZero();
    }

    @Test
    void refusesAnUnknownChannelAMissingColumnAndAnUnreadableFile() {
        byte[] file = csv(List.of(List.of("订单编号,商家编码,数量"), List.of(ApiClient.unique("X-") + ",SKU-1,1")))
                .getBytes(StandardCharsets.UTF_8);

        var unknown = upload("MOON", "x.csv", file);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("channel");

        var missing = upload("TMALL", "x.csv", "订单编号,数量\nA,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("column").asString()).isEqualTo("sku_code");
        assertThat(missing.json().get("errors").get(0).get("row").asInt()).isEqualTo(1);

        var unreadable = upload("TMALL", "x.xlsx", "PK no zip".getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("errors").get(0).get("column").asString())
                .isEqualTo("file");
        assertThat(upload("TMALL", "x.txt", file).status()).isEqualTo(400);
    }

    @Test
    void theTemplateIsAUtf8CsvWithEveryColumn() {
        var response = admin().download("/api/v1/orders/import-template");

        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body();
        assertThat(body[0] & 0xFF).isEqualTo(0xEF);
        TableFile template = TableFile.read("template.csv", body, 10);
        assertThat(template.header().cells()).hasSize(OrderImport.Column.values().length);
        for (String cell : template.header().cells()) {
            assertThat(OrderImport.Column.forHeader(cell)).as(cell).isPresent();
        }
        assertThat(template.header().cells()).contains("订单编号 order_no", "商家编码 sku_code", "数量 quantity");
        assertThat(template.rows()).hasSize(2);
    }
}
