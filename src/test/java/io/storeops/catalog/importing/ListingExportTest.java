package io.storeops.catalog.importing;

import static io.storeops.catalog.importing.ImportFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.catalog.importing.XlsxWorkbook.SheetColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ListingExportTest {

    static final int CHANNEL = 0, SPU = 1, PRODUCT_TITLE = 2, TITLE = 3, STATUS = 4, PRICE = 5, SCORE = 6;
    static final int BLOCKING = 7, VIOLATIONS = 8;

    @LocalServerPort
    int port;

    ApiClient admin;
    String token;
    JsonNode clean;
    JsonNode claimed;

    @BeforeEach
    void createListings() {
        admin = ApiClient.admin(port);
        token = ApiClient.unique("X");
        clean = listing("B " + token + " 新疆长绒棉四件套 纯棉床单被套", 299);
        claimed = listing("A " + token + " 顶级四件套 全网最低价 纯棉床单被套", 199.5);
    }

    private JsonNode listing(String title, double price) {
        JsonNode product = CatalogFixtures.create(admin, "测试家纺 导出检查 纯棉床单被套");
        JsonNode draft = admin.post(
                        "/api/v1/products/" + product.get("id").asLong() + "/listings", Map.of("channel", "TMALL"))
                .json();
        var images = new ArrayList<String>();
        draft.get("images").forEach(i -> images.add(i.asString()));
        var updated = admin.put(
                "/api/v1/listings/" + draft.get("id").asLong(),
                Map.of(
                        "title",
                        title,
                        "price",
                        price,
                        "images",
                        images,
                        "version",
                        draft.get("version").asInt()));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        return updated.json();
    }

    @Test
    void exportsTheFilteredListingsAsXlsxInTheRequestedOrder() throws Exception {
        var response = admin.download("/api/v1/listings/export?format=xlsx&sort=title,desc&q=" + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"listings-\\d{8}-\\d{4}\\.xlsx\"");
        List<List<String>> rows = parse(FileFormat.XLSX, response.body());
        assertThat(rows.getFirst())
                .isEqualTo(
                        ListingExport.COLUMNS.stream().map(SheetColumn::header).toList());
        assertThat(rows).hasSize(3);
        List<String> first = rows.get(1);
        assertThat(first.get(TITLE)).isEqualTo(clean.get("title").asString());
        assertThat(first.get(CHANNEL)).isEqualTo("TMALL");
        assertThat(first.get(SPU)).isEqualTo(clean.get("spuCode").asString());
        assertThat(first.get(PRODUCT_TITLE)).isEqualTo("测试家纺 导出检查 纯棉床单被套");
        assertThat(first.get(STATUS)).isEqualTo("DRAFT");
        assertThat(new BigDecimal(first.get(PRICE))).isEqualByComparingTo("299");
        assertThat(first.get(SCORE)).isEqualTo("100");
        assertThat(first.get(BLOCKING)).isEqualTo("0");
        assertThat(first.get(VIOLATIONS)).isEmpty();

        List<String> second = rows.get(2);
        assertThat(second.get(TITLE)).isEqualTo(claimed.get("title").asString());
        assertThat(new BigDecimal(second.get(PRICE))).isEqualByComparingTo("199.50");
        assertThat(second.get(SCORE)).isEqualTo(claimed.get("score").asString());
        assertThat(second.get(BLOCKING)).isEqualTo("1");
        JsonNode violation = claimed.get("violations").get(0);
        assertThat(violation.get("code").asString()).isEqualTo("FORBIDDEN_WORD");
        assertThat(second.get(VIOLATIONS)).isEqualTo("FORBIDDEN_WORD：标题含违禁词：顶级、全网最低（广告法禁用绝对化用语）");
    }

    @Test
    void csvHoldsExactlyTheListingsTheFilterFinds() throws Exception {
        String filter = "channel=TMALL&blocking=true";
        int total = admin.get("/api/v1/listings?size=1&" + filter)
                .json()
                .get("total")
                .asInt();

        var response = admin.download("/api/v1/listings/export?format=csv&" + filter);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<List<String>> rows = parse(FileFormat.CSV, response.body());
        List<List<String>> listings = rows.subList(1, rows.size());
        assertThat(total).isGreaterThanOrEqualTo(1);
        assertThat(listings).hasSize(total);
        assertThat(listings).allSatisfy(r -> {
            assertThat(r.get(CHANNEL)).isEqualTo("TMALL");
            assertThat(Integer.parseInt(r.get(BLOCKING))).isPositive();
        });
        assertThat(listings)
                .extracting(r -> r.get(TITLE))
                .contains(claimed.get("title").asString());
        assertThat(listings)
                .extracting(r -> r.get(TITLE))
                .doesNotContain(clean.get("title").asString());
    }

    @Test
    void refusesAnUnknownFormat() {
        var response = admin.get("/api/v1/listings/export?format=pdf");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }
}
