package io.storeops.catalog;

import io.storeops.ApiClient;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Builds valid products through the API for tests; every call uses fresh codes and barcodes. */
public final class CatalogFixtures {

    private CatalogFixtures() {}

    public static long categoryId(ApiClient api, String code) {
        for (JsonNode top : api.get("/api/v1/categories").json()) {
            Long found = find(top, code);
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("No category " + code);
    }

    private static Long find(JsonNode node, String code) {
        if (node.get("code").asString().equals(code)) {
            return node.get("id").asLong();
        }
        for (JsonNode child : node.get("children")) {
            Long found = find(child, code);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    public static Map<String, Object> product(ApiClient api, String title) {
        String spu = ApiClient.unique("T-");
        return new LinkedHashMap<>(Map.of(
                "spuCode",
                spu,
                "title",
                title,
                "categoryId",
                categoryId(api, "home-bedding"),
                "brand",
                "测试家纺",
                "descriptionHtml",
                "<p>新疆长绒棉，60支贡缎工艺，亲肤透气，四季可用，机洗不起球，七天无理由退换。</p>",
                "images",
                List.of(
                        "https://img.example.com/1.jpg",
                        "https://img.example.com/2.jpg",
                        "https://img.example.com/3.jpg",
                        "https://img.example.com/4.jpg",
                        "https://img.example.com/5.jpg"),
                "attributes",
                Map.of("材质", "全棉", "支数", "60支"),
                "skus",
                List.of(
                        sku(spu + "-1", "白色", "1.8m床", "120.00", "329.00"),
                        sku(spu + "-2", "蓝色", "1.8m床", "125.00", "339.00"))));
    }

    public static Map<String, Object> sku(String code, String color, String size, String cost, String listPrice) {
        return Map.of(
                "skuCode",
                code,
                "barcode",
                barcode(),
                "attributes",
                Map.of("颜色", color, "规格", size),
                "cost",
                new BigDecimal(cost),
                "listPrice",
                new BigDecimal(listPrice));
    }

    public static String barcode() {
        return "69"
                + String.format("%011d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000_000L));
    }

    public static JsonNode create(ApiClient api, String title) {
        var response = api.post("/api/v1/products", product(api, title));
        if (response.status() != 201) {
            throw new IllegalStateException("Could not create product: " + response);
        }
        return response.json();
    }

    /**
     * A new sales channel of its own ({@code prefix} + random upper-case letters and digits) with lenient listing rules,
     * for a test that must not see the demo store's promotions or listings.
     */
    public static String channel(ApiClient api, String prefix) {
        String code = ApiClient.unique(prefix);
        Map<String, Object> rules = Map.of(
                "titleCounting", "CHARACTERS",
                "maxTitleUnits", 100,
                "minTitleUnits", 0,
                "minImages", 0,
                "minMarginPercent", 0,
                "requireDetail", false,
                "forbiddenWords", List.of());
        var response = api.post("/api/v1/channels", Map.of("code", code, "name", "测试渠道 " + code, "rules", rules));
        if (response.status() != 201) {
            throw new IllegalStateException("Could not create channel: " + response);
        }
        return code;
    }
}
