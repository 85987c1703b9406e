package io.storeops.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ProductApiTest {

    @LocalServerPort
    int port;

    @Test
    void createsReadsUpdatesAndDeletesAProductWithSkus() {
        var api = ApiClient.admin(port);
        JsonNode created = CatalogFixtures.create(api, "测试家纺 长绒棉四件套 纯棉床单被套");
        long id = created.get("id").asLong();
        assertThat(created.get("skus")).hasSize(2);
        assertThat(created.get("skus").get(0).get("cost").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(created.get("brand").asString()).isEqualTo("测试家纺");
        assertThat(created.get("categoryName").asString()).isEqualTo("床上用品");

        var fetched = api.get("/api/v1/products/" + id).json();
        assertThat(fetched.get("spuCode").asString())
                .isEqualTo(created.get("spuCode").asString());

        Map<String, Object> revision = revision(fetched);
        revision.put("title", "测试家纺 长绒棉四件套 升级款");
        List<Object> skus = new ArrayList<>();
        skus.add(Map.of(
                "skuCode",
                fetched.get("skus").get(0).get("skuCode").asString(),
                "barcode",
                fetched.get("skus").get(0).get("barcode").asString(),
                "attributes",
                Map.of("颜色", "白色"),
                "cost",
                120,
                "listPrice",
                299));
        skus.add(CatalogFixtures.sku(fetched.get("spuCode").asString() + "-3", "灰色", "2.0m床", "130", "359"));
        revision.put("skus", skus);
        var updated = api.put("/api/v1/products/" + id, revision);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(1);
        assertThat(updated.json().get("skus"))
                .extracting(s -> s.get("skuCode").asString())
                .containsExactly(
                        fetched.get("spuCode").asString() + "-1",
                        fetched.get("spuCode").asString() + "-3");
        assertThat(updated.json().get("skus").get(0).get("listPrice").decimalValue())
                .isEqualByComparingTo("299");

        var audit = api.get("/api/v1/audit?entityType=product&entityId=" + id)
                .json()
                .get("items");
        assertThat(audit).extracting(e -> e.get("action").asString()).containsExactly("UPDATE", "CREATE");
        assertThat(audit.get(0).get("summary").asString()).contains("list ¥329.00 → ¥299.00");
        assertThat(audit.get(0).get("before").get("title").asString()).isEqualTo("测试家纺 长绒棉四件套 纯棉床单被套");
        assertThat(audit.get(0).get("after").get("title").asString()).isEqualTo("测试家纺 长绒棉四件套 升级款");

        assertThat(api.delete("/api/v1/products/" + id).status()).isEqualTo(204);
        var gone = api.get("/api/v1/products/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.isProblem()).isTrue();
        assertThat(api.get("/api/v1/audit?entityType=product&entityId=" + id + "&action=DELETE")
                        .json()
                        .get("items")
                        .get(0)
                        .get("before"))
                .isNotNull();
    }

    @Test
    void findsProductsByTitleSkuCodeAndBarcodeWithFiltersSortAndPages() {
        var api = ApiClient.admin(port);
        JsonNode p = CatalogFixtures.create(api, "测试家纺 独特搜索词甲乙丙 四件套");
        String barcode = p.get("skus").get(1).get("barcode").asString();
        String skuCode = p.get("skus").get(0).get("skuCode").asString();
        assertThat(search(api, "q=" + enc("独特搜索词甲乙丙")))
                .containsExactly(p.get("spuCode").asString());
        assertThat(search(api, "q=" + skuCode.toLowerCase()))
                .containsExactly(p.get("spuCode").asString());
        assertThat(search(api, "q=" + barcode)).containsExactly(p.get("spuCode").asString());

        long bedding = CatalogFixtures.categoryId(api, "home-bedding");
        long home = CatalogFixtures.categoryId(api, "home");
        long food = CatalogFixtures.categoryId(api, "food");
        assertThat(search(api, "q=" + enc("独特搜索词甲乙丙") + "&categoryId=" + home)).hasSize(1);
        assertThat(search(api, "q=" + enc("独特搜索词甲乙丙") + "&categoryId=" + food)).isEmpty();

        var page = api.get("/api/v1/products?categoryId=" + bedding + "&sort=spuCode,asc&page=1&size=3")
                .json();
        assertThat(page.get("items")).hasSize(3);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(11);
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(i -> codes.add(i.get("spuCode").asString()));
        assertThat(codes).isSorted();

        var listed = api.get("/api/v1/products?channel=TMALL&listingStatus=LISTED&size=50")
                .json();
        assertThat(listed.get("items"))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("listings").toString())
                        .contains("\"channel\":\"TMALL\",\"status\":\"LISTED\""));
        assertThat(search(api, "q=" + enc("%"))).isEmpty();
    }

    @Test
    void storesDetailHtmlSanitisedSoScriptsNeverReachAnotherUser() {
        var api = ApiClient.admin(port);
        Map<String, Object> body = CatalogFixtures.product(api, "测试家纺 XSS 检查四件套");
        body.put(
                "descriptionHtml",
                "<p>好棉</p><script>fetch('/api/v1/users')</script><img src=x onerror=\"alert(document.cookie)\"><a href=\"javascript:alert(1)\">看</a>");
        var created = api.post("/api/v1/products", body);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String stored = ApiClient.admin(port)
                .get("/api/v1/products/" + id)
                .json()
                .get("descriptionHtml")
                .asString();
        assertThat(stored).contains("<p>好棉</p>").doesNotContain("<script", "onerror", "javascript:", "document.cookie");
    }

    @Test
    void answersInvalidProductsWithFieldLevelProblemDetails() {
        var api = ApiClient.admin(port);
        Map<String, Object> body = CatalogFixtures.product(api, " ");
        body.put("skus", List.of(Map.of("skuCode", "bad code!", "barcode", "12", "cost", 1, "listPrice", 2)));
        var response = api.post("/api/v1/products", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/validation");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("title", "skus[0].skuCode", "skus[0].barcode");
        Map<String, String> messages = new HashMap<>();
        response.json()
                .get("errors")
                .forEach(e ->
                        messages.put(e.get("code").asString(), e.get("message").asString()));
        assertThat(messages)
                .containsEntry("catalog.CODE_CHARACTERS", "letters, digits and . _ - only")
                .containsEntry("catalog.BARCODE_FORMAT", "barcode must be 8–14 digits");
        assertThat(response.body()).doesNotContain("Exception", "at io.storeops");
    }

    @Test
    void answersMalformedJsonWrongTypesUnknownIdsAndHugeBodiesPrecisely() {
        var api = ApiClient.admin(port);
        var malformed = api.post("/api/v1/products", "{\"spuCode\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("title").asString()).isEqualTo("Malformed JSON");

        Map<String, Object> body = CatalogFixtures.product(api, "测试家纺 类型错误");
        body.put("categoryId", "not-a-number");
        var wrongType = api.post("/api/v1/products", body);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString())
                .isEqualTo("categoryId");

        Map<String, Object> badMoney = CatalogFixtures.product(api, "测试家纺 金额错误");
        badMoney.put(
                "skus",
                List.of(Map.of(
                        "skuCode", "X-1", "barcode", CatalogFixtures.barcode(), "cost", "1.001", "listPrice", 2)));
        var money = api.post("/api/v1/products", badMoney);
        assertThat(money.status()).isEqualTo(400);
        assertThat(money.json().get("errors").get(0).get("field").asString()).isEqualTo("skus[0].cost");

        var missing = api.get("/api/v1/products/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("platform.NOT_FOUND");
        assertThat(missing.json().get("kind").asString()).isEqualTo("product");
        assertThat(missing.json().get("args").get("kind").get("code").asString())
                .isEqualTo("shared.KIND_PRODUCT");
        assertThat(missing.json().get("detail").asString()).isEqualTo("Product 987654321 does not exist");
        var missingInChinese =
                api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/products/987654321"))
                        .header("Accept-Language", "zh-CN")
                        .GET());
        assertThat(missingInChinese.json().get("detail").asString()).isEqualTo("商品 987654321 不存在");
        var idType = api.get("/api/v1/products/abc");
        assertThat(idType.status()).isEqualTo(400);
        assertThat(idType.json().get("errors").get(0).get("field").asString()).isEqualTo("id");

        var huge = api.post("/api/v1/products", "{\"title\":\"" + "长".repeat(600_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.isProblem()).isTrue();

        Map<String, Object> unknownCategory = CatalogFixtures.product(api, "测试家纺 未知类目");
        unknownCategory.put("categoryId", 999999);
        var category = api.post("/api/v1/products", unknownCategory);
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.json().get("errors").get(0).get("field").asString()).isEqualTo("categoryId");
        assertThat(category.json().get("errors").get(0).get("message").asString())
                .isEqualTo("unknown category 999999");
    }

    @Test
    void refusesBarcodesAndSkuCodesAlreadyUsedByAnotherProduct() {
        var api = ApiClient.admin(port);
        JsonNode first = CatalogFixtures.create(api, "测试家纺 条码一");
        Map<String, Object> second = CatalogFixtures.product(api, "测试家纺 条码二");
        second.put(
                "skus",
                List.of(Map.of(
                        "skuCode",
                        ApiClient.unique("S-"),
                        "barcode",
                        first.get("skus").get(0).get("barcode").asString(),
                        "cost",
                        10,
                        "listPrice",
                        30)));
        var response = api.post("/api/v1/products", second);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("skus[0].barcode");
        assertThat(response.json().get("errors").get(0).get("code").asString()).isEqualTo("catalog.BARCODE_TAKEN");
        assertThat(response.json()
                        .get("errors")
                        .get(0)
                        .get("args")
                        .get("barcode")
                        .asString())
                .isEqualTo(first.get("skus").get(0).get("barcode").asString());
        assertThat(search(api, "q=" + second.get("spuCode"))).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        var api = ApiClient.admin(port);
        JsonNode p = CatalogFixtures.create(api, "测试家纺 并发修改");
        long id = p.get("id").asLong();
        Map<String, Object> first = revision(p);
        first.put("title", "测试家纺 第一次修改");
        assertThat(api.put("/api/v1/products/" + id, first).status()).isEqualTo(200);
        Map<String, Object> stale = revision(p);
        stale.put("title", "测试家纺 过期修改");
        var conflict = api.put("/api/v1/products/" + id, stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.isProblem()).isTrue();
        assertThat(conflict.json().get("detail").asString())
                .isEqualTo("The product was changed by someone else (now version 1); reload and retry");
        assertThat(api.get("/api/v1/products/" + id).json().get("title").asString())
                .isEqualTo("测试家纺 第一次修改");
    }

    static Map<String, Object> revision(JsonNode product) {
        Map<String, Object> body = ApiClient.json().convertValue(product, Map.class);
        body.keySet()
                .retainAll(List.of(
                        "spuCode",
                        "title",
                        "categoryId",
                        "brand",
                        "descriptionHtml",
                        "images",
                        "attributes",
                        "skus",
                        "version"));
        List<Map<String, Object>> skus = new ArrayList<>();
        for (JsonNode s : product.get("skus")) {
            Map<String, Object> sku = ApiClient.json().convertValue(s, Map.class);
            sku.remove("id");
            skus.add(sku);
        }
        body.put("skus", skus);
        return body;
    }

    static List<String> search(ApiClient api, String query) {
        List<String> codes = new ArrayList<>();
        api.get("/api/v1/products?size=50&" + query)
                .json()
                .get("items")
                .forEach(i -> codes.add(i.get("spuCode").asString()));
        return codes;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
