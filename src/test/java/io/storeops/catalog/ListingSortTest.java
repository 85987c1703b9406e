package io.storeops.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ListingSortTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String token;
    long clean;
    long claimed;

    @BeforeEach
    void createListingsWithDifferentScores() {
        api = ApiClient.admin(port);
        token = ApiClient.unique("S");
        clean = listing("B " + token + " 新疆长绒棉四件套 纯棉床单被套", 299);
        claimed = listing("A " + token + " 顶级四件套 全网最低价 纯棉床单被套", 199);
    }

    private long listing(String title, int price) {
        long productId =
                CatalogFixtures.create(api, "测试家纺 排序检查 纯棉床单被套").get("id").asLong();
        JsonNode draft = api.post("/api/v1/products/" + productId + "/listings", Map.of("channel", "TMALL"))
                .json();
        var images = new ArrayList<String>();
        draft.get("images").forEach(i -> images.add(i.asString()));
        var updated = api.put(
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
        return draft.get("id").asLong();
    }

    private List<JsonNode> items(String sort) {
        var page = api.get("/api/v1/listings?q=" + token + (sort == null ? "" : "&sort=" + sort));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        page.json().get("items").forEach(items::add);
        return items;
    }

    private List<Long> ids(String sort) {
        return items(sort).stream().map(i -> i.get("id").asLong()).toList();
    }

    @Test
    void sortsByScoreInEitherDirection() {
        List<JsonNode> ascending = items("score,asc");
        assertThat(ascending).extracting(i -> i.get("score").asInt()).containsExactly(75, 100);
        assertThat(ids("score,asc")).containsExactly(claimed, clean);
        assertThat(ids("score,desc")).containsExactly(clean, claimed);
    }

    @Test
    void sortsByTitleAndPrice() {
        // the claimed listing's title starts with A, the clean one's with B; the clean one costs more
        assertThat(ids("title,asc")).containsExactly(claimed, clean);
        assertThat(ids("title,desc")).containsExactly(clean, claimed);
        assertThat(ids("price,asc")).containsExactly(claimed, clean);
        assertThat(ids("price,desc")).containsExactly(clean, claimed);
    }

    @Test
    void keepsWorstFirstWithoutASortAndRefusesAnUnknownOne() {
        assertThat(ids(null)).containsExactly(claimed, clean);
        for (String sort :
                List.of("id,desc", "score%20desc%3B%20delete%20from%20catalog.listings,desc", "score,sideways")) {
            var refused = api.get("/api/v1/listings?q=" + token + "&sort=" + sort);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("sort");
            assertThat(refused.json().get("errors").get(0).get("message").asString())
                    .contains("price, score, status, title, updatedAt");
        }
        assertThat(api.get("/api/v1/listings?q=" + token).json().get("total").asInt())
                .isEqualTo(2);
    }
}
