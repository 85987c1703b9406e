package io.storeops.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A product is refused, with the field named, when its images, title or SKUs would be unusable. */
@IntegrationTest
class ProductInputApiTest {

    @LocalServerPort
    int port;

    static void assertRefused(ApiClient.Response response, String field, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors")).as(response.toString()).anySatisfy(error -> {
            assertThat(error.get("field").asString()).isEqualTo(field);
            assertThat(error.get("message").asString()).contains(message);
        });
    }

    static int count(ApiClient api, Object spuCode) {
        return api.get("/api/v1/products?q=" + spuCode).json().get("total").asInt();
    }

    @Test
    void imageUrlsMustBeHttpOrSitePathsWithoutDotDot() {
        var api = ApiClient.admin(port);
        List<String> bad = List.of(
                "javascript:alert(1)",
                "data:image/svg+xml;base64,PHN2Zz4=",
                "ftp://img.example.com/1.jpg",
                "//evil.example.com/1.jpg",
                "/media/../../etc/passwd",
                "/media/%2e%2e/secret.jpg",
                "https://img.example.com/a/../b.jpg",
                "file:///etc/passwd",
                "https://",
                "img.example.com/1.jpg",
                "/media/a b.jpg");
        for (String image : bad) {
            Map<String, Object> product = CatalogFixtures.product(api, "测试家纺 图片地址");
            product.put("images", List.of("https://img.example.com/ok.jpg", image));
            assertRefused(api.post("/api/v1/products", product), "images[1]", "http(s)");
            assertThat(count(api, product.get("spuCode"))).as(image).isZero();
        }
        Map<String, Object> good = CatalogFixtures.product(api, "测试家纺 图片地址");
        good.put("images", List.of("https://img.example.com/1.jpg", "http://cdn.example.com/2.png", "/media/商品/3.jpg"));
        var created = api.post("/api/v1/products", good);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("images"))
                .extracting(JsonNode::asString)
                .containsExactly("https://img.example.com/1.jpg", "http://cdn.example.com/2.png", "/media/商品/3.jpg");
    }

    @Test
    void aTitleOfOnlyInvisibleCharactersIsRefused() {
        var api = ApiClient.admin(port);
        for (String title : List.of("\u200B\u200B\u200B", "\u3000\u00A0\u2060\uFEFF", "\u200D\u3164", "\u00AD\u034F")) {
            Map<String, Object> product = CatalogFixtures.product(api, title);
            assertRefused(api.post("/api/v1/products", product), "title", "visible");
            assertThat(count(api, product.get("spuCode"))).isZero();
        }
        Map<String, Object> zeroWidthInside = CatalogFixtures.product(api, "测试\u200B家纺");
        assertThat(api.post("/api/v1/products", zeroWidthInside).status()).isEqualTo(201);
    }

    @Test
    void aProductWithoutSkusIsRefusedOnCreateAndUpdate() {
        var api = ApiClient.admin(port);
        Map<String, Object> product = CatalogFixtures.product(api, "测试家纺 没有SKU");
        product.put("skus", List.of());
        assertRefused(api.post("/api/v1/products", product), "skus", "");
        product.remove("skus");
        assertRefused(api.post("/api/v1/products", product), "skus", "");
        assertThat(count(api, product.get("spuCode"))).isZero();

        JsonNode created = CatalogFixtures.create(api, "测试家纺 没有SKU");
        Map<String, Object> revision = new HashMap<>(CatalogFixtures.product(api, "测试家纺 没有SKU"));
        revision.put("spuCode", created.get("spuCode").asString());
        revision.put("skus", List.of());
        revision.put("version", created.get("version").asInt());
        assertRefused(api.put("/api/v1/products/" + created.get("id").asLong(), revision), "skus", "");
        assertThat(api.get("/api/v1/products/" + created.get("id").asLong())
                        .json()
                        .get("skus"))
                .hasSize(2);
    }
}
