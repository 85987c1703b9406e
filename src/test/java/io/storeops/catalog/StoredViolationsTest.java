package io.storeops.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Violations stored with a Chinese and an English text, before they had message codes, stay readable. */
@IntegrationTest
class StoredViolationsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aViolationStoredAsTwoTextsIsShownAsItWasUntilTheListingIsCheckedAgain() throws IOException {
        var api = ApiClient.admin(port);
        long productId =
                CatalogFixtures.create(api, "测试家纺 旧违规 纯棉床单被套").get("id").asLong();
        JsonNode listing = api.post("/api/v1/products/" + productId + "/listings", Map.of("channel", "JD"))
                .json();
        long id = listing.get("id").asLong();
        jdbc.sql("update catalog.listings set violations = cast(? as jsonb) where id = ?")
                .params("""
                        [{"code": "TITLE_TOO_SHORT", "severity": "WARNING", "field": "title",
                          "messageZh": "标题长度 5 少于建议的 10，关键词覆盖不足",
                          "messageEn": "The title is 5 units long, shorter than the recommended 10"}]""", id)
                .update();

        jdbc.sql(new ClassPathResource("db/migration/catalog/V3__violation_messages.sql")
                        .getContentAsString(StandardCharsets.UTF_8))
                .update();

        JsonNode violation =
                api.get("/api/v1/listings/" + id).json().get("violations").get(0);
        assertThat(violation.get("code").asString()).isEqualTo("TITLE_TOO_SHORT");
        assertThat(violation.get("severity").asString()).isEqualTo("WARNING");
        assertThat(violation.get("field").asString()).isEqualTo("title");
        assertThat(violation.get("message").get("code").asString()).isEqualTo("catalog.LEGACY_TEXT");
        assertThat(violation.get("message").get("message").asString())
                .isEqualTo("标题长度 5 少于建议的 10，关键词覆盖不足 / The title is 5 units long, shorter than the recommended 10");

        var checked = api.put(
                "/api/v1/listings/" + id,
                Map.of(
                        "title",
                        listing.get("title").asString(),
                        "images",
                        listing.get("images"),
                        "price",
                        listing.get("price").decimalValue(),
                        "version",
                        listing.get("version").asInt()));
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.json().get("violations").toString()).doesNotContain("LEGACY_TEXT");
    }
}
