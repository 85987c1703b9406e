package io.storeops.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.Inventory;
import io.storeops.marketplace.SimulatedMarketplace;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Channel connections in the console: environment connections are read-only, a console connection stores its secret
 * encrypted, connects at once and brings the channel's stock up to date, and every change is audited without the
 * secret. JD is connected to the simulated shop {@code sim-console} here and disconnected again after each test.
 */
@IntegrationTest
class ChannelConnectionsApiTest {

    static final String SECRET = "test-only-console-secret";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SimulatedMarketplace marketplace;

    @Autowired
    Inventory inventory;

    @Autowired
    Allocations allocations;

    @AfterEach
    void disconnect() {
        ApiClient.admin(port).delete("/api/v1/channels/connections/JD");
    }

    static Map<String, Object> jdConnection(String secret, Integer version) {
        var body = new HashMap<String, Object>();
        body.put("shop", "sim-console");
        body.put("baseUrl", "");
        body.put("appKey", "sim-console-app");
        body.put("appSecret", secret);
        body.put("rateLimitPerSecond", 200);
        body.put("timeoutMs", 3000);
        body.put("version", version);
        return body;
    }

    JsonNode connection(JsonNode overview, String channel) {
        for (JsonNode c : overview.get("connections")) {
            if (c.get("channel").asString().equals(channel)) {
                return c;
            }
        }
        throw new AssertionError("no connection row for " + channel);
    }

    @Test
    void environmentConnectionsAreShownWithoutTheirSecretAndCannotBeChanged() {
        var admin = ApiClient.admin(port);
        var overview = admin.get("/api/v1/channels/connections");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).doesNotContain("test-only-sync-secret").doesNotContain("test-only-webhook-secret");
        JsonNode body = overview.json();
        assertThat(body.get("encryptionAvailable").asBoolean()).isTrue();
        JsonNode tmall = connection(body, "TMALL");
        assertThat(tmall.get("source").asString()).isEqualTo("ENVIRONMENT");
        assertThat(tmall.get("connected").asBoolean()).isTrue();
        assertThat(tmall.get("secretHint").asString()).isEqualTo("••••cret");
        assertThat(tmall.get("rateLimitPerSecond").asInt()).isEqualTo(2000);
        assertThat(connection(body, "WEBSHOP").get("kind").asString()).isEqualTo("WEBHOOK");
        assertThat(connection(body, "JD").get("source").asString()).isEqualTo("NONE");

        var refused = admin.put("/api/v1/channels/connections/TMALL", jdConnection(SECRET, 0));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("configured-by-environment");

        assertThat(admin.post("/api/v1/channels/connections/TMALL/test", "{}")
                        .json()
                        .get("ok")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void badInputIsAnsweredFieldByFieldAndNothingIsStored() {
        var admin = ApiClient.admin(port);
        var body = jdConnection("short", null);
        body.put("shop", "no spaces allowed");
        body.put("rateLimitPerSecond", 0);
        body.put("baseUrl", "ftp://elsewhere");
        var answer = admin.put("/api/v1/channels/connections/JD", body);
        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = answer.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
        assertThat(fields).contains("shop", "rateLimitPerSecond", "baseUrl");

        var shortSecret = admin.put("/api/v1/channels/connections/JD", jdConnection("short", null));
        assertThat(shortSecret.status()).isEqualTo(400);
        assertThat(shortSecret.body()).contains("appSecret");
        assertThat(jdbc.sql("select count(*) from channels.connections")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(admin.put("/api/v1/channels/connections/NOPE", jdConnection(SECRET, null))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aConsoleConnectionIsStoredEncryptedConnectsAtOnceAndBringsTheChannelUpToDate() {
        var admin = ApiClient.admin(port);
        var saved = admin.put("/api/v1/channels/connections/JD", jdConnection(SECRET, null));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain(SECRET);
        assertThat(saved.json().get("source").asString()).isEqualTo("CONSOLE");
        assertThat(saved.json().get("secretHint").asString()).isEqualTo("••••cret");

        String cipher = jdbc.sql("select secret_cipher from channels.connections where channel_code = 'JD'")
                .query(String.class)
                .single();
        assertThat(cipher).startsWith("v1:").doesNotContain(SECRET);
        assertThat(jdbc.sql("select count(*) from platform.audit_log where entity_type = 'channel-connection'"
                                + " and (before::text like ? or after::text like ?)")
                        .params("%" + SECRET + "%", "%" + SECRET + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        JsonNode jd = connection(admin.get("/api/v1/channels/connections").json(), "JD");
        assertThat(jd.get("connected").asBoolean()).isTrue();
        var test = admin.post("/api/v1/channels/connections/JD/test", "{}").json();
        assertThat(test.get("ok").asBoolean()).as(test.toString()).isTrue();

        // connecting queued the whole stock: a demo SKU's JD available-to-sell reaches the shop
        String sku = inventory.stockedSkuCodes().getFirst();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(marketplace
                                .stock("sim-console", sku)
                                .orElseThrow(() -> new AssertionError("not pushed yet"))
                                .quantity())
                        .isEqualTo(allocations
                                .availableToSell(sku)
                                .channels()
                                .get("JD")
                                .longValue()));

        // a change keeps the secret when none is given, and needs the current version
        var stale = admin.put("/api/v1/channels/connections/JD", jdConnection("", 7));
        assertThat(stale.status()).isEqualTo(409);
        var changed = admin.put(
                "/api/v1/channels/connections/JD",
                jdConnection("", jd.get("version").asInt()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(jdbc.sql("select secret_cipher from channels.connections where channel_code = 'JD'")
                        .query(String.class)
                        .single())
                .isEqualTo(cipher);

        assertThat(admin.delete("/api/v1/channels/connections/JD").status()).isEqualTo(204);
        assertThat(connection(admin.get("/api/v1/channels/connections").json(), "JD")
                        .get("connected")
                        .asBoolean())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from platform.audit_log where entity_type = 'channel-connection'"
                                + " and entity_id = 'JD'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }
}
