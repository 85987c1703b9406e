package io.storeops.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ListingApiTest {

    @LocalServerPort
    int port;

    @Test
    void aForbiddenWordBlocksPublishingUntilTheTitleIsFixed() {
        var api = ApiClient.admin(port);
        long productId =
                CatalogFixtures.create(api, "测试家纺 新疆长绒棉四件套 纯棉床单被套").get("id").asLong();
        var draft = api.post("/api/v1/products/" + productId + "/listings", Map.of("channel", "TMALL"));
        assertThat(draft.status()).isEqualTo(201);
        JsonNode listing = draft.json();
        long id = listing.get("id").asLong();
        assertThat(listing.get("status").asString()).isEqualTo("DRAFT");
        assertThat(listing.get("score").asInt()).isEqualTo(100);

        var claimed = api.put(
                "/api/v1/listings/" + id,
                Map.of(
                        "title",
                        "顶级测试家纺 全网最低价四件套 纯棉床单被套",
                        "price",
                        299,
                        "images",
                        images(listing),
                        "version",
                        listing.get("version").asInt()));
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(codes(claimed.json())).containsExactly("FORBIDDEN_WORD");
        assertThat(claimed.json().get("score").asInt()).isEqualTo(75);

        var refused = api.post("/api/v1/listings/" + id + "/transitions", Map.of("target", "READY"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("violations").get(0).get("code").asString())
                .isEqualTo("FORBIDDEN_WORD");
        assertThat(refused.json().get("code").asString()).isEqualTo("catalog.LISTING_BLOCKED_READY");
        assertThat(refused.json().get("detail").asString()).isEqualTo("1 blocking violations prevent moving to READY");
        JsonNode message = refused.json().get("violations").get(0).get("message");
        assertThat(message.get("code").asString()).isEqualTo("catalog.FORBIDDEN_WORD");
        assertThat(message.get("args").get("words").toString()).isEqualTo("[\"顶级\",\"全网最低\"]");
        assertThat(message.get("message").asString())
                .isEqualTo(
                        "The title contains forbidden words: 顶级, 全网最低 (absolute terms banned by the Advertising Law)");
        JsonNode inChinese = ApiClient.json()
                .readTree(api.postWithHeaders(
                                "/api/v1/listings/" + id + "/transitions",
                                Map.of("target", "READY"),
                                "Accept-Language",
                                "zh-CN")
                        .body());
        assertThat(inChinese.get("detail").asString()).isEqualTo("存在 1 项阻断性违规，不能提交");
        assertThat(inChinese
                        .get("violations")
                        .get(0)
                        .get("message")
                        .get("message")
                        .asString())
                .isEqualTo("标题含违禁词：顶级、全网最低（广告法禁用绝对化用语）");
        assertThat(api.get("/api/v1/listings/" + id).json().get("status").asString())
                .isEqualTo("DRAFT");

        JsonNode current = api.get("/api/v1/listings/" + id).json();
        var fixed = api.put(
                "/api/v1/listings/" + id,
                Map.of(
                        "title",
                        "测试家纺 新疆长绒棉四件套 纯棉床单被套",
                        "price",
                        299,
                        "images",
                        images(current),
                        "version",
                        current.get("version").asInt()));
        assertThat(codes(fixed.json())).isEmpty();
        assertThat(api.post("/api/v1/listings/" + id + "/transitions", Map.of("target", "READY"))
                        .status())
                .isEqualTo(200);
        var listed = api.post("/api/v1/listings/" + id + "/transitions", Map.of("target", "LISTED"));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("status").asString()).isEqualTo("LISTED");

        var transitions = api.get("/api/v1/audit?entityType=listing&entityId=" + id + "&action=TRANSITION")
                .json();
        assertThat(transitions.get("total").asLong()).isEqualTo(2);
        assertThat(transitions.get("items").get(0).get("summary").asString()).contains("READY → LISTED");
    }

    @Test
    void illegalTransitionsAreConflicts() {
        var api = ApiClient.admin(port);
        long productId =
                CatalogFixtures.create(api, "测试家纺 状态机检查四件套 纯棉床单").get("id").asLong();
        long id = api.post("/api/v1/products/" + productId + "/listings", Map.of("channel", "JD"))
                .json()
                .get("id")
                .asLong();
        var skip = api.post("/api/v1/listings/" + id + "/transitions", Map.of("target", "LISTED"));
        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.json().get("type").asString()).endsWith("/illegal-transition");
        assertThat(skip.json().get("code").asString()).isEqualTo("catalog.LISTING_ILLEGAL_TRANSITION");
        assertThat(skip.json().get("detail").asString()).isEqualTo("A listing cannot move from DRAFT to LISTED");
        var unknown = api.post("/api/v1/listings/" + id + "/transitions", Map.of("target", "ON_SALE"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("target");
        var twice = api.post("/api/v1/products/" + productId + "/listings", Map.of("channel", "JD"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).isEqualTo("The product already has a listing on JD");
        var noChannel = api.post("/api/v1/products/" + productId + "/listings", Map.of("channel", "TAOBAO_GLOBAL"));
        assertThat(noChannel.status()).isEqualTo(400);
        assertThat(noChannel.json().get("errors").get(0).get("code").asString()).isEqualTo("catalog.CHANNEL_UNKNOWN");
        assertThat(noChannel.json().get("errors").get(0).get("message").asString())
                .isEqualTo("unknown channel TAOBAO_GLOBAL");
    }

    @Test
    void priceUnderTheFloorAndTooFewImagesBlockPublishing() {
        var api = ApiClient.admin(port);
        long productId =
                CatalogFixtures.create(api, "测试家纺 底价检查四件套 纯棉床单被套").get("id").asLong();
        JsonNode listing = api.post("/api/v1/products/" + productId + "/listings", Map.of("channel", "TMALL"))
                .json();
        // highest SKU cost 125.00 × 1.15 = 143.75
        var cheap = api.put(
                "/api/v1/listings/" + listing.get("id").asLong(),
                Map.of(
                        "title",
                        listing.get("title").asString(),
                        "price",
                        "143.74",
                        "images",
                        List.of("https://img.example.com/1.jpg"),
                        "version",
                        0));
        assertThat(codes(cheap.json())).containsExactlyInAnyOrder("PRICE_BELOW_FLOOR", "TOO_FEW_IMAGES");
        var refused =
                api.post("/api/v1/listings/" + listing.get("id").asLong() + "/transitions", Map.of("target", "READY"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("violations")).hasSize(2);
        assertThat(refused.json().get("violations"))
                .extracting(v -> v.get("message").get("message").asString())
                .contains("Price ¥143.74 is below the floor ¥143.75 (cost ¥125.00 × (1 + minimum margin 15%))");
    }

    @Test
    void changingChannelRulesReevaluatesItsListings() {
        var api = ApiClient.admin(port);
        String code = ApiClient.unique("SHOP_");
        Map<String, Object> rules = new HashMap<>(Map.of(
                "titleCounting",
                "CHARACTERS",
                "maxTitleUnits",
                100,
                "minTitleUnits",
                0,
                "minImages",
                1,
                "minMarginPercent",
                5,
                "requireDetail",
                false,
                "forbiddenWords",
                List.of("最")));
        assertThat(api.post("/api/v1/channels", Map.of("code", code, "name", "测试渠道", "rules", rules))
                        .status())
                .isEqualTo(201);
        long productId = CatalogFixtures.create(api, "测试家纺 规则变更 四件套").get("id").asLong();
        long id = api.post("/api/v1/products/" + productId + "/listings", Map.of("channel", code))
                .json()
                .get("id")
                .asLong();
        assertThat(codes(api.get("/api/v1/listings/" + id).json())).isEmpty();

        rules.put("forbiddenWords", List.of("最", "四件套"));
        var updated = api.put("/api/v1/channels/" + code + "/rules", Map.of("rules", rules));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(codes(api.get("/api/v1/listings/" + id).json())).containsExactly("FORBIDDEN_WORD");

        var validation =
                api.post("/api/v1/channels/" + code + "/validation", "{}").json();
        assertThat(validation.get("listings").asInt()).isEqualTo(1);
        assertThat(validation.get("blocked").asInt()).isEqualTo(1);
        assertThat(validation.get("violationsByCode").get("FORBIDDEN_WORD").asInt())
                .isEqualTo(1);

        var audit = api.get("/api/v1/audit?entityType=channel&entityId=" + code + "&action=UPDATE")
                .json()
                .get("items")
                .get(0);
        assertThat(audit.get("after").get("rules").get("forbiddenWords").toString())
                .contains("四件套");
        assertThat(audit.get("before").get("rules").get("forbiddenWords").toString())
                .doesNotContain("四件套");

        rules.put("maxTitleUnits", 0);
        var invalid = api.put("/api/v1/channels/" + code + "/rules", Map.of("rules", rules));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("rules.maxTitleUnits");
    }

    @Test
    void validatesAWholeChannelOfTheDemoStore() {
        var api = ApiClient.admin(port);
        var result = api.post("/api/v1/channels/TMALL/validation", "{}").json();
        assertThat(result.get("listings").asInt()).isGreaterThan(100);
        assertThat(result.get("blocked").asInt()).isPositive();
        assertThat(result.get("violationsByCode").has("FORBIDDEN_WORD")).isTrue();
        assertThat(result.get("results").get(0).get("score").asInt()).isLessThan(100);
        var blockingOnly =
                api.get("/api/v1/listings?channel=TMALL&blocking=true&size=200").json();
        assertThat(blockingOnly.get("total").asInt())
                .isEqualTo(result.get("blocked").asInt());
    }

    static List<String> images(JsonNode listing) {
        List<String> urls = new ArrayList<>();
        listing.get("images").forEach(i -> urls.add(i.asString()));
        return urls;
    }

    static List<String> codes(JsonNode listing) {
        List<String> codes = new ArrayList<>();
        listing.get("violations").forEach(v -> codes.add(v.get("code").asString()));
        return codes;
    }
}
