package io.storeops.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.platform.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The WEBSHOP channel is a signed-webhook channel in the test profile (F3.3). */
@IntegrationTest
class WebhookChannelTest {

    static final String SECRET = TestWebhookReceiver.SECRET;

    @LocalServerPort
    int port;

    @Autowired
    Inventory inventory;

    @Autowired
    Allocations allocations;

    @Autowired
    JdbcClient jdbc;

    HttpResponse<String> post(String channel, String body, long timestampMillis, String secret) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(timestampMillis);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hooks/" + channel + "/orders"))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String order(String externalId) {
        return """
                {"externalId":"%s","buyer":{"name":"张三","phone":"13800000000"},
                 "lines":[{"skuCode":"HOM-BED-001-11","quantity":2,"price":279.00}],"total":558.00}""".formatted(externalId);
    }

    @Test
    void acceptsASignedOrderOnceAndRecognisesARepeatedDelivery() throws Exception {
        String id = ApiClient.unique("WS-");
        var first = post("WEBSHOP", order(id), System.currentTimeMillis(), SECRET);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(first.body()).contains("accepted");
        var again = post("WEBSHOP", order(id), System.currentTimeMillis(), SECRET);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("duplicate");
        long stored = jdbc.sql(
                        "select count(*) from channels.inbound_orders where channel_code = 'WEBSHOP' and external_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void refusesBadSignaturesReplaysUnknownChannelsAndIncompleteOrders() throws Exception {
        String id = ApiClient.unique("WS-");
        var forged = post("WEBSHOP", order(id), System.currentTimeMillis(), "not-the-secret");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(ApiClient.json().readTree(forged.body()).get("code").asString())
                .isEqualTo("platform.SIGNATURE_MISMATCH");
        assertThat(ApiClient.json().readTree(forged.body()).get("detail").asString())
                .isEqualTo("bad signature");
        var replay = post(
                "WEBSHOP",
                order(id),
                System.currentTimeMillis() - Duration.ofMinutes(6).toMillis(),
                SECRET);
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).contains("replay");
        assertThat(ApiClient.json()
                        .readTree(replay.body())
                        .get("args")
                        .get("minutes")
                        .asInt())
                .isEqualTo(5);
        assertThat(post("TMALL", order(id), System.currentTimeMillis(), SECRET).statusCode())
                .isEqualTo(404);
        var noLines =
                post("WEBSHOP", "{\"externalId\":\"" + id + "\",\"lines\":[]}", System.currentTimeMillis(), SECRET);
        assertThat(noLines.statusCode()).isEqualTo(400);
        assertThat(noLines.body()).contains("\"field\":\"lines\"", "\"code\":\"channels.NO_LINES\"");
        long stored = jdbc.sql("select count(*) from channels.inbound_orders where external_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(stored).isZero();
    }

    @Test
    void pushesStockToTheMerchantsEndpointSigned() {
        String sku = CatalogFixtures.create(ApiClient.admin(port), "测试家纺 Webhook 渠道")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
        inventory.apply(List.of(new Movement(MovementType.INBOUND, sku, "SH-01", 33, "webhook test", "test", null)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(TestWebhookReceiver.STOCK.get(sku))
                        .isEqualTo(allocations.availableToSell(sku).channels().get("WEBSHOP")));
        assertThat(TestWebhookReceiver.STOCK.get(sku)).isEqualTo(33);
        var reconcile = ApiClient.admin(port).post("/api/v1/channels/WEBSHOP/reconciliation", "{}");
        assertThat(reconcile.status()).isEqualTo(409);
    }
}
