package io.storeops.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CategoryAndChannelApiTest {

    @LocalServerPort
    int port;

    @Test
    void refusesACategoryWithATakenCodeAnUnknownParentOrOtherCharacters() {
        var api = ApiClient.admin(port);
        String code = ApiClient.unique("cat-").toLowerCase(Locale.ROOT);
        Map<String, Object> category = Map.of("code", code, "nameZh", "类目", "nameEn", "Category");
        assertThat(api.post("/api/v1/categories", category).status()).isEqualTo(201);

        assertThat(firstError(api.post("/api/v1/categories", category)))
                .isEqualTo(List.of("code", "catalog.CATEGORY_CODE_TAKEN", "category code already exists: " + code));
        var orphan = Map.of("code", code + "-x", "nameZh", "类目", "nameEn", "Category", "parentId", 987654321);
        assertThat(firstError(api.post("/api/v1/categories", orphan)))
                .isEqualTo(List.of("parentId", "catalog.PARENT_CATEGORY_UNKNOWN", "unknown parent category 987654321"));
        var upper = Map.of("code", "Upper_Case", "nameZh", "类目", "nameEn", "Category");
        assertThat(firstError(api.post("/api/v1/categories", upper)))
                .isEqualTo(List.of("code", "catalog.CATEGORY_CODE_CHARACTERS", "lower-case letters, digits and -"));
    }

    @Test
    void refusesAChannelWithATakenCodeOrOtherCharacters() {
        var api = ApiClient.admin(port);
        String code = CatalogFixtures.channel(api, "CH_");
        Map<?, ?> rules = ApiClient.json()
                .convertValue(api.get("/api/v1/channels/" + code).json().get("rules"), Map.class);

        assertThat(firstError(api.post("/api/v1/channels", Map.of("code", code, "name", "重复", "rules", rules))))
                .isEqualTo(List.of("code", "catalog.CHANNEL_CODE_TAKEN", "channel code already exists: " + code));
        assertThat(firstError(api.post("/api/v1/channels", Map.of("code", "lower", "name", "小写", "rules", rules))))
                .isEqualTo(List.of("code", "catalog.CHANNEL_CODE_CHARACTERS", "upper-case letters, digits and _"));
    }

    /** The first field error of a 400: its field, code and English text. */
    private static List<String> firstError(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode error = response.json().get("errors").get(0);
        return List.of(
                error.get("field").asString(),
                error.get("code").asString(),
                error.get("message").asString());
    }
}
