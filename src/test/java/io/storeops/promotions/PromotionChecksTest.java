package io.storeops.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.promotions.V3__normalise_customer_phones;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10 §5 for promotions and coupons: a gift SKU, scope SKU, category or channel that does not exist is a 400
 * naming it, on create and on update, for promotions, coupon templates and campaigns; and one customer is one identity
 * — five spellings of one phone number are one customer against a per-customer limit of 2.
 */
@IntegrationTest
class PromotionChecksTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    ApiClient admin;
    String channel;
    String sku;

    @BeforeEach
    void setUp() {
        admin = ApiClient.admin(port);
        channel = CatalogFixtures.channel(admin, "PC_");
        sku = CatalogFixtures.create(admin, "测试商品 引用检查 四件套")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
    }

    static List<String> errors(ApiClient.Response response) {
        List<String> errors = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(e -> errors.add(
                        e.get("field").asString() + ": " + e.get("message").asString()));
        return errors;
    }

    Map<String, Object> promotion(String type, Map<String, Object> scope, Map<String, Object> rule) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "引用检查 " + type);
        body.put("type", type);
        body.put("startsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        body.put("endsAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        body.put("scope", scope);
        body.put("rule", rule);
        return body;
    }

    Map<String, Object> scope(List<String> categories, List<String> skus, List<String> channels) {
        return Map.of("all", false, "categories", categories, "skus", skus, "channels", channels);
    }

    @Test
    void aPromotionNamingAMissingGiftSkuScopeSkuCategoryOrChannelIsRefusedNamingEach() {
        var gift = admin.post(
                "/api/v1/promotions",
                promotion(
                        "GIFT",
                        scope(List.of(), List.of(sku), List.of(channel)),
                        Map.of("threshold", 99, "giftSku", "NO-SUCH-GIFT", "giftQuantity", 1)));
        assertThat(gift.status()).as(gift.body()).isEqualTo(400);
        assertThat(errors(gift)).containsExactly("rule.giftSku: no SKU 'NO-SUCH-GIFT'");

        var scoped = admin.post(
                "/api/v1/promotions",
                promotion(
                        "FLASH_DISCOUNT",
                        scope(
                                List.of("home", "no-such-category"),
                                List.of(sku, "NO-SUCH-SKU"),
                                List.of(channel, "NOPE")),
                        Map.of("rate", 9)));
        assertThat(scoped.status()).as(scoped.body()).isEqualTo(400);
        assertThat(errors(scoped))
                .extracting(e -> e.substring(0, e.indexOf(':')))
                .containsExactlyInAnyOrder("scope.skus[1]", "scope.categories[1]", "scope.channels[1]");
        assertThat(scoped.body())
                .contains("no SKU 'NO-SUCH-SKU'", "no category 'no-such-category'", "no channel 'NOPE'");

        var created = admin.post(
                "/api/v1/promotions",
                promotion("FLASH_DISCOUNT", scope(List.of("home"), List.of(sku), List.of(channel)), Map.of("rate", 9)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var update =
                promotion("FLASH_DISCOUNT", scope(List.of(), List.of("NO-SUCH-SKU"), List.of()), Map.of("rate", 9));
        var updated = admin.put("/api/v1/promotions/" + id, update);
        assertThat(updated.status()).as(updated.body()).isEqualTo(400);
        assertThat(errors(updated)).containsExactly("scope.skus[0]: no SKU 'NO-SUCH-SKU'");
        assertThat(admin.get("/api/v1/promotions/" + id)
                        .json()
                        .get("scope")
                        .get("skus")
                        .get(0)
                        .asString())
                .as("unchanged")
                .isEqualTo(sku);
    }

    Map<String, Object> couponTemplate(String kind, Map<String, Object> scope, int perUserLimit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "引用检查券");
        body.put("kind", kind);
        body.put("scope", scope);
        body.put("threshold", new BigDecimal("99.00"));
        body.put("amount", new BigDecimal("10.00"));
        body.put("validDays", 7);
        body.put("totalQuantity", 100);
        body.put("perUserLimit", perUserLimit);
        return body;
    }

    @Test
    void aCouponTemplateOrCampaignNamingAMissingReferenceIsRefusedOnCreateAndUpdate() {
        var product = admin.post(
                "/api/v1/coupons/templates",
                couponTemplate("PRODUCT", scope(List.of("no-such-category"), List.of("NO-SUCH-SKU"), List.of()), 1));
        assertThat(product.status()).as(product.body()).isEqualTo(400);
        assertThat(errors(product))
                .extracting(e -> e.substring(0, e.indexOf(':')))
                .containsExactlyInAnyOrder("scope.skus[0]", "scope.categories[0]");

        var shop = admin.post(
                "/api/v1/coupons/templates",
                couponTemplate("SHOP", Map.of("all", true, "channels", List.of("NOPE")), 1));
        assertThat(shop.status()).as(shop.body()).isEqualTo(400);
        assertThat(errors(shop)).containsExactly("scope.channels[0]: no channel 'NOPE'");

        var created = admin.post(
                "/api/v1/coupons/templates",
                couponTemplate("SHOP", Map.of("all", true, "channels", List.of(channel)), 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var updated = admin.put(
                "/api/v1/coupons/templates/" + created.json().get("id").asLong(),
                couponTemplate("SHOP", Map.of("all", true, "channels", List.of(channel, "NOPE")), 1));
        assertThat(updated.status()).as(updated.body()).isEqualTo(400);
        assertThat(errors(updated)).containsExactly("scope.channels[1]: no channel 'NOPE'");

        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("name", "引用检查大促");
        campaign.put("channels", List.of(channel, "NOPE"));
        campaign.put("startsAt", Instant.now().plus(3, ChronoUnit.DAYS).toString());
        campaign.put("endsAt", Instant.now().plus(4, ChronoUnit.DAYS).toString());
        var refused = admin.post("/api/v1/campaigns", campaign);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(errors(refused)).containsExactly("channels[1]: no channel 'NOPE'");
        campaign.put("channels", List.of(channel));
        var made = admin.post("/api/v1/campaigns", campaign);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        campaign.put("channels", List.of("NOPE"));
        var changed = admin.put("/api/v1/campaigns/" + made.json().get("id").asLong(), campaign);
        assertThat(changed.status()).as(changed.body()).isEqualTo(400);
        assertThat(errors(changed)).containsExactly("channels[0]: no channel 'NOPE'");
    }

    @Test
    void fiveSpellingsOfOnePhoneAreOneCustomerAgainstALimitOfTwo() {
        var created = admin.post(
                "/api/v1/coupons/templates",
                couponTemplate("SHOP", Map.of("all", true, "channels", List.of(channel)), 2));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long template = created.json().get("id").asLong();
        assertThat(admin.post("/api/v1/coupons/templates/" + template + "/activate", Map.of())
                        .status())
                .isEqualTo(200);
        String n = "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String spaced = n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
        List<String> spellings = List.of(
                "+86 " + n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7),
                "+86" + n,
                spaced,
                "0086-" + n,
                n.substring(0, 5) + "\u200b" + n.substring(5));

        List<Integer> statuses = new ArrayList<>();
        for (String spelling : spellings) {
            var claim = admin.post("/api/v1/coupons/templates/" + template + "/claim", Map.of("customerId", spelling));
            statuses.add(claim.status());
            if (claim.status() == 201) {
                assertThat(claim.json().get("customerId").asString()).isEqualTo("+86" + n);
            }
        }

        assertThat(statuses).containsExactly(201, 201, 409, 409, 409);
        JsonNode claims = admin.get("/api/v1/coupons/claims?templateId=" + template + "&customerId="
                        + URLEncoder.encode(spaced, StandardCharsets.UTF_8))
                .json();
        assertThat(claims.get("total").asInt()).isEqualTo(2);

        var junk = admin.post("/api/v1/coupons/templates/" + template + "/claim", Map.of("customerId", "139 1234"));
        assertThat(junk.status()).as(junk.body()).isEqualTo(400);
        assertThat(errors(junk)).singleElement().asString().startsWith("customerId: ");
    }

    @Test
    void theMigrationNormalisesStoredPhoneCustomersAndLeavesMemberIds() throws Exception {
        var created = admin.post(
                "/api/v1/coupons/templates",
                couponTemplate("SHOP", Map.of("all", true, "channels", List.of(channel)), 5));
        long template = created.json().get("id").asLong();
        admin.post("/api/v1/coupons/templates/" + template + "/activate", Map.of());
        String member = ApiClient.unique("M-");
        for (int i = 0; i < 2; i++) {
            assertThat(admin.post("/api/v1/coupons/templates/" + template + "/claim", Map.of("customerId", member))
                            .status())
                    .isEqualTo(201);
        }
        String n = "137" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        long phoneClaim = jdbc.sql("select min(id) from promotions.coupon_claims where template_id = ?")
                .param(template)
                .query(Long.class)
                .single();
        jdbc.sql("update promotions.coupon_claims set customer_id = ? where id = ?")
                .params("0086-" + n, phoneClaim)
                .update();
        assertThat(jdbc.sql("select count(*) from promotions.flyway_schema_history where version = '3' and success")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        try (var connection = dataSource.getConnection()) {
            new V3__normalise_customer_phones().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(jdbc.sql("select customer_id from promotions.coupon_claims where template_id = ? order by id")
                        .param(template)
                        .query(String.class)
                        .list())
                .containsExactly("+86" + n, member);
    }
}
