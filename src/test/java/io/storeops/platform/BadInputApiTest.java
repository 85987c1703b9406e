package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.math.BigDecimal;
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

/**
 * Bad input answers a 400 problem detail naming the field (and the allowed range where there is one): never a 500, a
 * 409 "constraint", a "malformed JSON" without a field, or a silent change of what was sent.
 */
@IntegrationTest
class BadInputApiTest {

    @LocalServerPort
    int port;

    static void assertField(ApiClient.Response response, String field, String... messageParts) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).as(response.toString()).isEqualTo(field);
        if (messageParts.length > 0) {
            assertThat(error.get("message").asString()).as(response.toString()).contains(messageParts);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aProblemCarriesItsCodeAndArgumentsWithTheTextInTheRequestsLanguage() {
        var api = ApiClient.admin(port);
        String path = "/api/v1/products?sort=" + encode("title,sideways");

        JsonNode english = api.get(path).json().get("errors").get(0);
        assertThat(english.get("code").asString()).isEqualTo("shared.UNSUPPORTED_SORT");
        assertThat(english.get("args").get("given").asString()).isEqualTo("title,sideways");
        assertThat(english.get("message").asString()).startsWith("unsupported sort 'title,sideways'");

        var chinese = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .GET());
        JsonNode problem = chinese.json();
        assertThat(problem.get("code").asString()).isEqualTo("platform.FIELD_INVALID");
        assertThat(problem.get("detail").asString()).startsWith("sort：不支持的排序“title,sideways”");
        assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("不支持的排序“title,sideways”");
    }

    @Test
    void anEmptySortIsA400NamingSortOnEveryList() {
        var api = ApiClient.admin(port);
        for (String list : List.of(
                "/api/v1/products",
                "/api/v1/listings",
                "/api/v1/orders",
                "/api/v1/promotions",
                "/api/v1/stock/kpis",
                "/api/v1/products/export",
                "/api/v1/pricing/preview?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z")) {
            for (String sort : List.of(",", ",,", "updatedAt,sideways")) {
                String path = list + (list.contains("?") ? "&" : "?") + "sort=" + encode(sort);
                assertField(api.get(path), "sort", "field,asc or field,desc");
            }
        }
        assertThat(api.get("/api/v1/products?sort=" + encode("title,asc")).status())
                .isEqualTo(200);
    }

    @Test
    void datesFarOutOfRangeAreA400NamingTheParameterAndTheRange() {
        var api = ApiClient.admin(port);
        String far = encode("+1000000000-01-01T00:00:00Z");
        String past = encode("-999999999-01-01T00:00:00Z");
        for (String path : List.of(
                "/api/v1/audit?from=" + far,
                "/api/v1/audit?to=" + past,
                "/api/v1/orders?from=" + far,
                "/api/v1/orders/export?to=" + past,
                "/api/v1/promotions?from=" + past,
                "/api/v1/campaigns?to=" + far)) {
            String field = path.contains("from=") ? "from" : "to";
            assertField(api.get(path), field, "2000-01-01", "2100-12-31");
        }
        assertField(api.get("/api/v1/stock/kpis?to=-999999999-01-01"), "to", "2000-01-01", "2100-12-31");
        assertField(api.get("/api/v1/audit?from=1999-12-31T23:59:59Z"), "from", "2000-01-01");
        assertThat(api.get("/api/v1/audit?from=2000-01-01T00:00:00Z").status()).isEqualTo(200);
    }

    @Test
    void datesFarOutOfRangeInJsonBodiesAreA400WithTheirPath() {
        var api = ApiClient.admin(port);
        String sku = skuOf(api);
        var order = new HashMap<String, Object>(Map.of(
                "channel",
                "JD",
                "externalId",
                ApiClient.unique("DATE-"),
                "createdAt",
                "+1000000000-01-01T00:00:00Z",
                "lines",
                List.of(Map.of("skuCode", sku, "quantity", 1, "unitPrice", "10.00"))));
        assertField(
                api.post("/api/v1/orders/batch", Map.of("orders", List.of(order))),
                "orders[0].createdAt",
                "2000-01-01",
                "2100-12-31");
        order.put("createdAt", "-999999999-01-01T00:00:00Z");
        assertField(api.post("/api/v1/orders/batch", Map.of("orders", List.of(order))), "orders[0].createdAt");

        var promotion = Map.of(
                "name",
                "far future",
                "type",
                "FULL_REDUCTION",
                "startsAt",
                "2026-01-01T00:00:00Z",
                "endsAt",
                "+1000000000-01-01T00:00:00Z");
        assertField(api.post("/api/v1/promotions", promotion), "endsAt", "2100-12-31");
    }

    @Test
    @SuppressWarnings("unchecked")
    void overflowingAmountsAndQuantitiesNameTheFieldAndTheRange() {
        var api = ApiClient.admin(port);
        for (String listPrice : List.of("1e30", "99999999999.99")) {
            Map<String, Object> product = CatalogFixtures.product(api, "测试家纺 溢出价格");
            List<Object> skus = new ArrayList<>((List<?>) product.get("skus"));
            Map<String, Object> first = new HashMap<>((Map<String, Object>) skus.getFirst());
            first.put("listPrice", new BigDecimal(listPrice));
            skus.set(0, first);
            product.put("skus", skus);
            assertField(api.post("/api/v1/products", product), "skus[0].listPrice", "9999999999.99");
            assertThat(api.get("/api/v1/products?q=" + product.get("spuCode"))
                            .json()
                            .get("total")
                            .asInt())
                    .isZero();
        }
        JsonNode created = CatalogFixtures.create(api, "测试家纺 溢出价格");
        long listing = api.post("/api/v1/products/" + created.get("id").asLong() + "/listings", Map.of("channel", "JD"))
                .json()
                .get("id")
                .asLong();
        var change = api.put(
                "/api/v1/listings/" + listing, "{\"title\":\"测试家纺 溢出价格\",\"price\":1e20,\"images\":[],\"version\":0}");
        assertField(change, "price", "9999999999.99");

        String sku = created.get("skus").get(0).get("skuCode").asString();
        for (String quantity : List.of("3e9", "3000000000")) {
            var moved = api.post("/api/v1/stock/movements", movementJson(sku, quantity));
            assertField(moved, "movements[0].quantity", "2147483647");
        }
        assertThat(onHand(api, sku)).isZero();
    }

    @Test
    void fractionsWrongTypesAndControlCharactersAreRefusedNotChanged() {
        var api = ApiClient.admin(port);
        JsonNode created = CatalogFixtures.create(api, "测试家纺 不改数据");
        String sku = created.get("skus").get(0).get("skuCode").asString();

        assertField(api.post("/api/v1/stock/movements", movementJson(sku, "2.5")), "movements[0].quantity", "2.5");
        assertThat(onHand(api, sku)).isZero();

        Map<String, Object> product = CatalogFixtures.product(api, "测试家纺 不改数据");
        product.put("title", 123);
        assertField(api.post("/api/v1/products", product), "title", "text");
        product.put("title", "床单\u0000四件套");
        assertField(api.post("/api/v1/products", product), "title", "U+0000");
        assertThat(api.get("/api/v1/products?q=" + product.get("spuCode"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void unknownFieldsAreA400NamingThem() {
        var api = ApiClient.admin(port);
        Map<String, Object> product = CatalogFixtures.product(api, "测试家纺 未知字段");
        product.put("id", 42);
        assertField(api.post("/api/v1/products", product), "id", "unknown field");
        String sku = skuOf(api);
        String movement = movementJson(sku, "1").replace("\"reason\":", "\"actor\":\"mallory\",\"reason\":");
        assertField(api.post("/api/v1/stock/movements", movement), "movements[0].actor", "unknown field");
        assertThat(onHand(api, sku)).isZero();
        var user = Map.of(
                "username",
                ApiClient.unique("strict-").toLowerCase(),
                "displayName",
                "x",
                "password",
                "Strict-Password-1",
                "roles",
                List.of("ANALYST"),
                "enabled",
                false);
        assertField(api.post("/api/v1/users", user), "enabled", "unknown field");
    }

    private static String skuOf(ApiClient api) {
        return CatalogFixtures.create(api, "测试家纺 坏输入")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
    }

    private static String movementJson(String sku, String quantity) {
        return """
                {"movements":[{"type":"INBOUND","skuCode":"%s","warehouse":"SH-01","quantity":%s,"reason":"bad input"}]}""".formatted(sku, quantity);
    }

    private static int onHand(ApiClient api, String sku) {
        int total = 0;
        for (JsonNode level : api.get("/api/v1/stock/" + sku).json().get("warehouses")) {
            total += level.get("onHand").asInt();
        }
        return total;
    }
}
