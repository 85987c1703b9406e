package io.storeops.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.catalog.SkuCode;
import io.storeops.channels.internal.StockSyncRepository;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.marketplace.Faults;
import io.storeops.marketplace.ListingStock;
import io.storeops.marketplace.SimulatedMarketplace;
import io.storeops.marketplace.internal.Signatures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock changes reach the (simulated) marketplace over real HTTP through the outbox, and converge to the exact
 * available-to-sell through failures and lost answers. The test profile connects TMALL to the shop {@code sim-sync}.
 */
@IntegrationTest
class StockSyncTest {

    static final String SHOP = "sim-sync";

    @LocalServerPort
    int port;

    @Autowired
    Inventory inventory;

    @Autowired
    Allocations allocations;

    @Autowired
    SimulatedMarketplace marketplace;

    @Autowired
    StockSyncRepository outbox;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void clearFaults() {
        marketplace.clearFaults(SHOP);
    }

    String newSku() {
        return CatalogFixtures.create(ApiClient.admin(port), "测试家纺 渠道同步")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
    }

    void move(MovementType type, String sku, int quantity) {
        inventory.apply(List.of(new Movement(type, sku, "SH-01", quantity, "sync test", "test", null)));
    }

    int tmallAts(String sku) {
        return allocations.availableToSell(sku).channels().get("TMALL");
    }

    void awaitMarketplaceEqualsAts(String sku) {
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    ListingStock remote =
                            marketplace.stock(SHOP, sku).orElseThrow(() -> new AssertionError("not pushed yet"));
                    assertThat(remote.quantity()).isEqualTo(tmallAts(sku));
                });
    }

    @Test
    void aStockChangeReachesTheMarketplaceAsTheChannelsAvailableToSell() {
        String sku = newSku();
        move(MovementType.INBOUND, sku, 100);
        awaitMarketplaceEqualsAts(sku);
        assertThat(marketplace.stock(SHOP, sku).orElseThrow().quantity()).isEqualTo(90);

        move(MovementType.RESERVATION, sku, 30);
        awaitMarketplaceEqualsAts(sku);
        assertThat(marketplace.stock(SHOP, sku).orElseThrow().quantity()).isEqualTo(63);

        var status = ApiClient.admin(port).get("/api/v1/channels/sync-status").json();
        assertThat(status.toString()).contains("\"channel\":\"TMALL\",\"connected\":true");
        assertThat(status.toString()).contains("\"channel\":\"JD\",\"connected\":false");
    }

    @Test
    void reconciliationFindsAMarketplaceThatDriftedAndPutsItRight() throws Exception {
        String sku = newSku();
        move(MovementType.INBOUND, sku, 40);
        awaitMarketplaceEqualsAts(sku);
        long sequence = marketplace.stock(SHOP, sku).orElseThrow().sequence();
        tamper(sku, 999, sequence + 1);
        assertThat(marketplace.stock(SHOP, sku).orElseThrow().quantity()).isEqualTo(999);

        var result = ApiClient.admin(port).post("/api/v1/channels/TMALL/reconciliation", "{}");
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.json().get("drifted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(result.json().get("checked").asInt()).isGreaterThan(100);
        assertThat(result.json().get("examples").toString()).contains("\"skuCode\":\"" + sku + "\"", "\"theirs\":999");
        awaitMarketplaceEqualsAts(sku);
        var status =
                ApiClient.admin(port).get("/api/v1/channels/sync-status").json().get(0);
        assertThat(status.get("lastReconciliation").get("drifted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(ApiClient.admin(port)
                        .post("/api/v1/channels/JD/reconciliation", "{}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aPushLeasedByADispatcherThatDiedIsSentAgainOnceTheLeaseHasExpired() {
        String sku = newSku();
        move(MovementType.INBOUND, sku, 100);
        awaitMarketplaceEqualsAts(sku);
        Duration lease = Duration.ofSeconds(2);

        // a dispatcher that dies right after leasing: the change and its lease commit together, no push follows
        long leasedAt = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            move(MovementType.RESERVATION, sku, 40);
            assertThat(outbox.claimDue("TMALL", 10_000, lease))
                    .extracting(ChannelAdapter.StockPush::skuCode)
                    .contains(sku);
        });
        int expected = tmallAts(sku);
        assertThat(expected).isEqualTo(54);

        await().during(lease.minusMillis(500))
                .atMost(lease.plusSeconds(2))
                .pollInterval(Duration.ofMillis(100))
                .alias("nobody else sends a push while its lease holds")
                .until(() -> marketplace.stock(SHOP, sku).orElseThrow().quantity() == 90);
        awaitMarketplaceEqualsAts(sku);
        assertThat(Duration.ofNanos(System.nanoTime() - leasedAt)).isGreaterThanOrEqualTo(lease);
        // the marketplace shows the value as soon as it took the push; the acknowledgement is recorded a moment later
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(RecordedChannelEvents.STOCK_ACKNOWLEDGED.stream()
                                .filter(a -> a.channel().equals("TMALL"))
                                .flatMap(a -> a.skus().stream())
                                .filter(s -> s.skuCode().equals(new SkuCode(sku)))
                                .map(StockPushAcknowledged.Sku::lag)
                                .max(Duration::compareTo))
                        .as("the lag of the leased change counts the time its lease kept it waiting")
                        .hasValueSatisfying(lag -> assertThat(lag).isGreaterThan(lease.minusMillis(200))));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ApiClient.admin(port)
                                .get("/api/v1/channels/sync-status")
                                .json()
                                .get(0)
                                .get("pending")
                                .asLong()
                        == 0);
    }

    @Test
    void theSyncLagAndTheChannelGuardsShowUnderActuatorMetrics() {
        String sku = newSku();
        move(MovementType.INBOUND, sku, 10);
        awaitMarketplaceEqualsAts(sku);
        var admin = ApiClient.admin(port);
        String names = admin.get("/actuator/metrics").json().get("names").toString();
        assertThat(names)
                .contains(
                        "\"storeops.channels.stock.sync.lag\"",
                        "\"resilience4j.circuitbreaker.state\"",
                        "\"resilience4j.circuitbreaker.calls\"",
                        "\"resilience4j.ratelimiter.available.permissions\"");
        var lag = admin.get("/actuator/metrics/storeops.channels.stock.sync.lag?tag=channel:TMALL");
        assertThat(lag.status()).as(lag.body()).isEqualTo(200);
        assertThat(lag.json().get("measurements").get(0).get("value").asDouble())
                .as("acknowledged pushes counted")
                .isPositive();
        var breaker = admin.get("/actuator/metrics/resilience4j.circuitbreaker.state?tag=name:TMALL&tag=state:closed");
        assertThat(breaker.status()).as(breaker.body()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/actuator/metrics").status()).isEqualTo(401);
    }

    /** Changes the marketplace's stock behind our back, as someone in its back office would. */
    void tamper(String sku, int quantity, long sequence) throws Exception {
        var credentials = marketplace.credentials(SHOP);
        String path = "/sim/" + SHOP + "/api/v1/inventory";
        String body =
                "{\"items\":[{\"skuCode\":\"%s\",\"quantity\":%d,\"sequence\":%d}]}".formatted(sku, quantity, sequence);
        String timestamp = Long.toString(System.currentTimeMillis());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("X-App-Key", credentials.appKey())
                .header("X-Timestamp", timestamp)
                .header("X-Signature", Signatures.sign(credentials.appSecret(), "PUT", path, timestamp, bytes))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void convergesToTheExactValueThroughFailuresAndLostAnswers() {
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String sku = newSku();
            skus.add(sku);
            move(MovementType.INBOUND, sku, 500);
        }
        marketplace.injectFaults(SHOP, Faults.failing(0.3, 7));
        for (int round = 0; round < 10; round++) {
            for (String sku : skus) {
                move(round % 2 == 0 ? MovementType.RESERVATION : MovementType.OUTBOUND, sku, 3 + round);
            }
        }
        skus.forEach(this::awaitMarketplaceEqualsAts);

        marketplace.injectFaults(SHOP, Faults.dropping(1.0, 11));
        skus.forEach(sku -> move(MovementType.INBOUND, sku, 17));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ApiClient.admin(port)
                        .get("/api/v1/channels/sync-status")
                        .json()
                        .toString()
                        .contains("\"breaker\":\"OPEN\""));
        marketplace.clearFaults(SHOP);
        skus.forEach(this::awaitMarketplaceEqualsAts);
        var tmall =
                ApiClient.admin(port).get("/api/v1/channels/sync-status").json().get(0);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ApiClient.admin(port)
                                .get("/api/v1/channels/sync-status")
                                .json()
                                .get(0)
                                .get("pending")
                                .asLong()
                        == 0);
        assertThat(tmall.get("channel").asString()).isEqualTo("TMALL");
    }
}
