package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.inventory.Inventory;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Issue 10 §5 through the batch API: an unknown channel, a negative total and a time before 2000 or more than a day
 * ahead answer 400 naming the field and store nothing; the same external id twice in one batch is stored once and the
 * second answers DUPLICATE; a buyer's phone is one identity however it is spelled; emptying the routing table needs
 * an explicit confirmation.
 */
@IntegrationTest
class OrderChecksTest {

    @LocalServerPort
    int port;

    @Autowired
    Inventory inventory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    ApiClient admin;
    String sku;

    @BeforeEach
    void setUp() {
        admin = ApiClient.admin(port);
        sku = OrderFixtures.skuWithStock(admin, inventory, "SH-01", 50);
    }

    Map<String, Object> order(String externalId, String phone) {
        return new HashMap<>(OrderFixtures.order("JD", externalId, "上海", phone, sku, 1));
    }

    ApiClient.Response batch(Map<?, ?>... orders) {
        return admin.post("/api/v1/orders/batch", Map.of("orders", List.of(orders)));
    }

    long stored(String externalId) {
        return jdbc.sql("select count(*) from orders.orders where channel_code = 'JD' and external_id = ?")
                .param(externalId)
                .query(Long.class)
                .single();
    }

    static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = response.json().get("errors");
        if (errors != null) {
            errors.forEach(e -> fields.add(e.get("field").asString()));
        }
        return fields;
    }

    @Test
    void anUnknownChannelIsRefusedNamingTheFieldAndNothingIsStored() {
        String good = ApiClient.unique("CHK-");
        var bad = order(ApiClient.unique("CHK-"), OrderFixtures.phone());
        bad.put("channel", "NO_SUCH_CHANNEL");

        var response = batch(order(good, OrderFixtures.phone()), bad);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("orders[1].channel");
        assertThat(response.body()).contains("NO_SUCH_CHANNEL");
        assertThat(stored(good))
                .as("one transaction: the good order is not stored either")
                .isZero();
    }

    @Test
    void aNegativeTotalIsRefusedNamingTheField() {
        String id = ApiClient.unique("CHK-");
        var bad = order(id, OrderFixtures.phone());
        bad.put("total", "-0.01");

        var response = batch(bad);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("orders[0].total");
        assertThat(stored(id)).isZero();
    }

    @Test
    void aCreationTimeBefore2000OrMoreThanADayAheadIsRefusedAndOneWithinIsTaken() {
        String old = ApiClient.unique("CHK-");
        var before2000 = order(old, OrderFixtures.phone());
        before2000.put("createdAt", "1999-12-31T23:59:59Z");
        var tooOld = batch(before2000);
        assertThat(tooOld.status()).as(tooOld.body()).isEqualTo(400);
        assertThat(fields(tooOld)).containsExactly("orders[0].createdAt");

        String ahead = ApiClient.unique("CHK-");
        var future = order(ahead, OrderFixtures.phone());
        future.put("createdAt", Instant.now().plus(Duration.ofHours(25)).toString());
        var tooNew = batch(future);
        assertThat(tooNew.status()).as(tooNew.body()).isEqualTo(400);
        assertThat(fields(tooNew)).containsExactly("orders[0].createdAt");
        assertThat(stored(old) + stored(ahead)).isZero();

        String fine = ApiClient.unique("CHK-");
        var soon = order(fine, OrderFixtures.phone());
        soon.put("createdAt", Instant.now().plus(Duration.ofHours(1)).toString());
        var taken = batch(soon);
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(stored(fine)).isEqualTo(1);
    }

    @Test
    void theSameExternalIdTwiceInOneBatchIsStoredOnceAndTheSecondIsADuplicate() {
        String id = ApiClient.unique("CHK-");
        var first = order(id, OrderFixtures.phone());
        var second = order(id, OrderFixtures.phone());
        second.put("total", "1.00");

        var response = batch(first, second);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode results = response.json();
        assertThat(results.get(0).get("outcome").asString()).isEqualTo("CREATED");
        assertThat(results.get(1).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(results.get(1).get("orderNo").asString())
                .isEqualTo(results.get(0).get("orderNo").asString());
        assertThat(stored(id)).isEqualTo(1);
        assertThat(jdbc.sql("select total from orders.orders where channel_code = 'JD' and external_id = ?")
                        .param(id)
                        .query(BigDecimal.class)
                        .single())
                .as("the first occurrence counts")
                .isEqualByComparingTo("49.90");
    }

    @Test
    void aBuyersPhoneIsOneIdentityHoweverItIsSpelled() {
        String national = OrderFixtures.phone();
        String e164 = "+86" + national;
        String spaced = national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7);
        String a = ApiClient.unique("PH-");
        String b = ApiClient.unique("PH-");
        String c = ApiClient.unique("PH-");

        var response = batch(
                order(
                        a,
                        "+86 " + national.substring(0, 3) + "-" + national.substring(3, 7) + "-"
                                + national.substring(7)),
                order(b, "0086-" + national),
                order(c, national + "\u200b"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);

        List<String> phones = jdbc.sql("select buyer_phone from orders.orders where external_id in (?, ?, ?)")
                .params(a, b, c)
                .query(String.class)
                .list();
        assertThat(phones).containsExactly(e164, e164, e164);
        // the first of the batch (in key order) heads the group, the others point to it
        List<Long[]> rows = jdbc.sql("select id, merge_group from orders.orders where external_id in (?, ?, ?)")
                .params(a, b, c)
                .query((rs, n) -> new Long[] {rs.getLong(1), (Long) rs.getObject(2)})
                .list();
        List<Long> heads =
                rows.stream().filter(r -> r[1] == null).map(r -> r[0]).toList();
        assertThat(heads).as("one order heads the merge group").hasSize(1);
        assertThat(rows.stream().filter(r -> r[1] != null).map(r -> r[1]))
                .as("the same buyer at the same address ships together")
                .containsExactly(heads.getFirst(), heads.getFirst());

        JsonNode found = admin.get("/api/v1/orders?q=" + URLEncoder.encode(spaced, StandardCharsets.UTF_8))
                .json();
        assertThat(found.get("total").asInt()).isEqualTo(3);
        assertThat(found.get("items").get(0).get("buyerPhone").asString()).isEqualTo(e164);
    }

    @Test
    void aBlacklistedPhoneIsStoredInE164AndJunkIsRefused() {
        String national = OrderFixtures.phone();
        var added = admin.post(
                "/api/v1/orders/blacklist",
                Map.of(
                        "kind",
                        "PHONE",
                        "value",
                        national.substring(0, 3) + "-" + national.substring(3),
                        "reason",
                        "t"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("value").asString()).isEqualTo("+86" + national);
        try {
            String id = ApiClient.unique("BL-");
            batch(order(id, "0086 " + national));
            JsonNode held =
                    admin.get("/api/v1/orders?q=" + id).json().get("items").get(0);
            assertThat(held.get("status").asString()).isEqualTo("HELD");
            assertThat(held.get("holdReasons").toString()).contains("BLACKLISTED");

            var junk = admin.post("/api/v1/orders/blacklist", Map.of("kind", "PHONE", "value", "139****5678"));
            assertThat(junk.status()).as(junk.body()).isEqualTo(400);
            assertThat(fields(junk)).containsExactly("value");
        } finally {
            admin.delete("/api/v1/orders/blacklist/" + added.json().get("id").asLong());
        }
    }

    @Test
    void emptyingTheRoutingTableNeedsAnExplicitConfirmation() {
        JsonNode before = admin.get("/api/v1/orders/routing-rules").json();
        assertThat(before.size()).as("the demo store has a routing table").isPositive();
        try {
            var refused = admin.put("/api/v1/orders/routing-rules", List.of());
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(fields(refused)).containsExactly("body");
            assertThat(admin.get("/api/v1/orders/routing-rules").json().size())
                    .as("nothing removed")
                    .isEqualTo(before.size());

            var emptied = admin.put("/api/v1/orders/routing-rules?confirmEmpty=true", List.of());
            assertThat(emptied.status()).as(emptied.body()).isEqualTo(200);
            assertThat(admin.get("/api/v1/orders/routing-rules").json().size()).isZero();
        } finally {
            var restored = admin.put("/api/v1/orders/routing-rules", before.toString());
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        }
    }

    @Test
    void theMigrationNormalisesStoredBuyerAndBlacklistedPhones() throws Exception {
        String national = OrderFixtures.phone();
        String id = ApiClient.unique("MIG-");
        assertThat(batch(order(id, national)).status()).isEqualTo(200);
        String spaced = national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7);
        jdbc.sql("update orders.orders set buyer_phone = ? where external_id = ?")
                .params(spaced, id)
                .update();
        jdbc.sql("insert into orders.blacklist (kind, value, created_by) values ('PHONE', ?, 't'), ('PHONE', ?, 't')")
                .params("0086-" + national, national.substring(0, 3) + "-" + national.substring(3))
                .update();
        assertThat(jdbc.sql("select count(*) from orders.flyway_schema_history where version = '4' and success")
                        .query(Long.class)
                        .single())
                .as("applied at start-up")
                .isEqualTo(1);

        try (var connection = dataSource.getConnection()) {
            new db.migration.orders.V4__normalise_buyer_phones().migrate(context(connection));
        }

        assertThat(jdbc.sql("select buyer_phone from orders.orders where external_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("+86" + national);
        List<Long> entries = jdbc.sql("select id from orders.blacklist where kind = 'PHONE' and value like ?")
                .param("%" + national.substring(3))
                .query(Long.class)
                .list();
        assertThat(entries).as("two spellings of one number: one entry").hasSize(1);
        assertThat(jdbc.sql("select value from orders.blacklist where id = ?")
                        .param(entries.getFirst())
                        .query(String.class)
                        .single())
                .isEqualTo("+86" + national);
        jdbc.sql("delete from orders.blacklist where id = ?")
                .param(entries.getFirst())
                .update();
    }

    static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
