package io.storeops.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SimulatedMarketplaceApiTest {

    @LocalServerPort
    int port;

    @Autowired
    SimulatedMarketplace marketplace;

    @AfterEach
    void clearFaults() {
        marketplace.clearFaults("sim-faults");
    }

    @Test
    void storesPushedStockAndAnswersWhatItBelieves() {
        var client = client("sim-test");
        String a = ApiClient.unique("SKU-A-");
        String b = ApiClient.unique("SKU-B-");

        var pushed = client.put(inventory("sim-test"), push(item(a, 12, 345), item(b, 0, 7)));

        assertThat(pushed.status()).isEqualTo(200);
        assertThat(pushed.json().get("results").findValuesAsString("status")).containsExactly("applied", "applied");
        var read = client.get(inventory("sim-test") + "?skuCodes=" + a + "," + b + ",NO-SUCH-SKU");
        assertThat(read.status()).isEqualTo(200);
        var items = read.json().get("items");
        assertThat(items.get(0).get("skuCode").asString()).isEqualTo(a);
        assertThat(items.get(0).get("quantity").asLong()).isEqualTo(12);
        assertThat(items.get(0).get("sequence").asLong()).isEqualTo(345);
        assertThat(Instant.parse(items.get(0).get("updatedAt").asString()))
                .isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        assertThat(items.get(1).get("quantity").asLong()).isZero();
        assertThat(read.json().get("unknown").get(0).asString()).isEqualTo("NO-SUCH-SKU");
        assertThat(marketplace.stock("sim-test", a)).map(ListingStock::quantity).contains(12L);
    }

    @Test
    void pagesAllListingsForReconciliation() {
        var client = client("sim-test");
        client.put(
                inventory("sim-test"),
                push(item(ApiClient.unique("REC-"), 1, 1), item(ApiClient.unique("REC-"), 2, 1)));

        var first = client.get(inventory("sim-test") + "/all?page=0&size=1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("items")).hasSize(1);
        assertThat(first.json().get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(client.get(inventory("sim-test") + "/all?page=0&size=5000").status())
                .isEqualTo(400);
    }

    @Test
    void refusesABadSignatureAndAppliesNothing() {
        var client = client("sim-test");
        String sku = ApiClient.unique("SKU-");

        var response = client.send("PUT", inventory("sim-test"), push(item(sku, 5, 1)), Instant.now(), "wrong-secret");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid-signature");
        assertThat(marketplace.stock("sim-test", sku)).isEmpty();
    }

    @Test
    void refusesAReplayedOldTimestamp() {
        var client = client("sim-test");
        String secret = marketplace.credentials("sim-test").appSecret();

        var response = client.send(
                "PUT",
                inventory("sim-test"),
                push(item(ApiClient.unique("SKU-"), 5, 1)),
                Instant.now().minus(Duration.ofMinutes(6)),
                secret);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("timestamp-out-of-window");
    }

    @Test
    void ignoresStaleSequences() {
        var client = client("sim-test");
        String sku = ApiClient.unique("SKU-");
        client.put(inventory("sim-test"), push(item(sku, 10, 5)));

        var again = client.put(inventory("sim-test"), push(item(sku, 99, 5), item(sku, 3, 4), item(sku, 8, 6)));

        assertThat(again.json().get("results").findValuesAsString("status"))
                .containsExactly("stale", "stale", "applied");
        var read = client.get(inventory("sim-test") + "?skuCodes=" + sku)
                .json()
                .get("items")
                .get(0);
        assertThat(read.get("quantity").asLong()).isEqualTo(8);
        assertThat(read.get("sequence").asLong()).isEqualTo(6);
    }

    @Test
    void answers429WithRetryAfterOverTheShopsRateLimit() {
        var client = client("sim-throttled");
        var statuses = new ArrayList<Integer>();
        MarketplaceClient.Response throttled = null;
        for (int i = 0; i < 10; i++) {
            var response = client.get(inventory("sim-throttled") + "?skuCodes=X");
            statuses.add(response.status());
            if (response.status() == 429) {
                throttled = response;
            }
        }

        assertThat(statuses).contains(200, 429);
        assertThat(throttled.retryAfter()).isEqualTo("1");
        assertThat(throttled.json().get("code").asString()).isEqualTo("rate-limited");
    }

    @Test
    void injectedFailuresHitTheConfiguredShareReproduciblyAndApplyNothing() {
        var client = client("sim-faults");
        assertThat(client.put("/sim/sim-faults/faults", "{\"failureRate\":0.3,\"seed\":42}")
                        .status())
                .isEqualTo(200);
        String sku = ApiClient.unique("SKU-");
        List<Integer> statuses = pushSequence(client, sku, 200);

        long failures = statuses.stream().filter(s -> s == 500 || s == 503).count();
        assertThat(failures).isBetween(40L, 80L);
        assertThat(statuses).allMatch(s -> s == 200 || s == 500 || s == 503);
        int lastAccepted = statuses.lastIndexOf(200) + 1;
        assertThat(marketplace.stock("sim-faults", sku))
                .map(ListingStock::sequence)
                .contains((long) lastAccepted);

        client.put("/sim/sim-faults/faults", "{\"failureRate\":0.3,\"seed\":42}");
        assertThat(pushSequence(client, ApiClient.unique("SKU-"), 200)).isEqualTo(statuses);
    }

    @Test
    void aDroppedResponseStillAppliesTheChange() {
        var client = client("sim-faults");
        marketplace.injectFaults("sim-faults", Faults.dropping(1.0, 1));
        String sku = ApiClient.unique("SKU-");

        var response = client.put(inventory("sim-faults"), push(item(sku, 17, 1)));

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.body()).isEmpty();
        assertThat(marketplace.stock("sim-faults", sku))
                .map(ListingStock::quantity)
                .contains(17L);
        var retried = client.put(inventory("sim-faults"), push(item(sku, 17, 1)));
        assertThat(retried.status()).isEqualTo(502);
        marketplace.clearFaults("sim-faults");
        var retriedAgain = client.put(inventory("sim-faults"), push(item(sku, 17, 1)));
        assertThat(retriedAgain.json().get("results").get(0).get("status").asString())
                .isEqualTo("stale");
    }

    @Test
    void latencySpikesDelayTheAnswer() {
        var client = client("sim-faults");
        marketplace.injectFaults("sim-faults", new Faults(0, 300, 1.0, 0, 0, Faults.DEFAULT_TIMEOUT_MS, 1L));

        long started = System.nanoTime();
        var response = client.get(inventory("sim-faults") + "?skuCodes=X");

        assertThat(response.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void faultAdminEndpointIsSignedAndReadsBackWhatWasSet() {
        var client = client("sim-faults");

        var set = client.put("/sim/sim-faults/faults", "{\"failureRate\":0.3,\"latencyMs\":2000,\"latencyRate\":0.1}");
        var read = client.get("/sim/sim-faults/faults");
        var unsigned = client.send("GET", "/sim/sim-faults/faults", "", Instant.now(), "wrong-secret");
        var invalid = client.put("/sim/sim-faults/faults", "{\"failureRate\":1.5}");
        var cleared = client.delete("/sim/sim-faults/faults");

        assertThat(set.status()).isEqualTo(200);
        assertThat(read.json().get("failureRate").asDouble()).isEqualTo(0.3);
        assertThat(read.json().get("latencyMs").asLong()).isEqualTo(2000);
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(marketplace.faults("sim-faults")).isEqualTo(Faults.NONE);
    }

    @Test
    void answers404ForAnUnknownShop() {
        var client = new MarketplaceClient(port, new ShopCredentials("nope", "nope", "nope"));

        assertThat(client.get("/sim/nope/api/v1/inventory?skuCodes=A").status()).isEqualTo(404);
    }

    private List<Integer> pushSequence(MarketplaceClient client, String sku, int count) {
        var statuses = new ArrayList<Integer>();
        for (int sequence = 1; sequence <= count; sequence++) {
            statuses.add(client.put(inventory("sim-faults"), push(item(sku, sequence, sequence)))
                    .status());
        }
        return statuses;
    }

    private MarketplaceClient client(String shop) {
        return new MarketplaceClient(port, marketplace.credentials(shop));
    }

    private static String inventory(String shop) {
        return "/sim/" + shop + "/api/v1/inventory";
    }

    private static String item(String sku, long quantity, long sequence) {
        return "{\"skuCode\":\"%s\",\"quantity\":%d,\"sequence\":%d}".formatted(sku, quantity, sequence);
    }

    private static String push(String... items) {
        return "{\"items\":[" + String.join(",", items) + "]}";
    }
}
