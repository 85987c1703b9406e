package io.storeops.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.Inventory;
import io.storeops.marketplace.Faults;
import io.storeops.marketplace.MarketplaceItem;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.OrderRequest;
import io.storeops.marketplace.ReviewRequest;
import io.storeops.marketplace.SimulatedMarketplace;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Orders and reviews come from the marketplace's feeds over HTTP into the inbox exactly once, through failures and
 * lost answers; listings are published to it. JD is connected to the simulated shop {@code sim-console} in the console
 * for each test.
 */
@IntegrationTest
class ChannelPullsTest {

    static final String SHOP = "sim-console";

    @LocalServerPort
    int port;

    @Autowired
    ChannelPulls pulls;

    @Autowired
    SimulatedMarketplace marketplace;

    @Autowired
    Inventory inventory;

    @Autowired
    Allocations allocations;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void connect() {
        var saved = ApiClient.admin(port)
                .put(
                        "/api/v1/channels/connections/JD",
                        ChannelConnectionsApiTest.jdConnection("test-only-console-secret", null));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    @AfterEach
    void disconnect() {
        marketplace.clearFaults(SHOP);
        ApiClient.admin(port).delete("/api/v1/channels/connections/JD");
    }

    /** A SKU the shop holds at least 3 of, once the initial sync of the connection has reached it. */
    String skuOnSale() {
        String sku = inventory.stockedSkuCodes().stream()
                .filter(s -> allocations.availableToSell(s).channels().getOrDefault("JD", 0) >= 3)
                .findFirst()
                .orElseThrow();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        marketplace.stock(SHOP, sku).map(s -> s.quantity() >= 3).orElse(false));
        return sku;
    }

    JsonNode inboxRow(String externalId) {
        return ApiClient.json()
                .readTree(jdbc.sql("""
                                select json_build_object('status', status, 'revision', revision, 'payload', payload)::text
                                from channels.inbound_orders where channel_code = 'JD' and external_id = ?""").param(externalId).query(String.class).single());
    }

    long inboxCount(String externalId) {
        return jdbc.sql("select count(*) from channels.inbound_orders where channel_code = 'JD' and external_id = ?")
                .param(externalId)
                .query(Long.class)
                .single();
    }

    @Test
    void anOrderIsPulledOnceInTheNormalisedModelAndACancellationArrivesAsItsNextRevision() {
        String sku = skuOnSale();
        MarketplaceOrder placed = marketplace.placeOrder(SHOP, OrderRequest.of(OrderRequest.Line.of(sku, 2)));

        // the scheduled pull may have taken the order in first: either way it is in the inbox once
        pulls.pull("JD", PullStatus.Stream.ORDERS);
        JsonNode row = inboxRow(placed.orderId());
        assertThat(row.get("status").asString()).isEqualTo("PAID");
        assertThat(row.get("revision").asInt()).isEqualTo(1);
        JsonNode payload = row.get("payload");
        assertThat(payload.get("channel").asString()).isEqualTo("JD");
        assertThat(payload.get("lines").get(0).get("skuCode").asString()).isEqualTo(sku);
        assertThat(payload.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(new BigDecimal(payload.get("total").asString())).isEqualByComparingTo(placed.totalAmount());
        assertThat(payload.get("address").get("province").asString()).isNotBlank();

        assertThat(pulls.pull("JD", PullStatus.Stream.ORDERS)).isZero();
        assertThat(inboxCount(placed.orderId())).isEqualTo(1);

        marketplace.cancelOrder(SHOP, placed.orderId());
        pulls.pull("JD", PullStatus.Stream.ORDERS);
        JsonNode cancelled = inboxRow(placed.orderId());
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("revision").asInt()).isEqualTo(2);
        assertThat(inboxCount(placed.orderId())).isEqualTo(1);
    }

    @Test
    void aFailedOrLostPullIsRecordedAndRepeatedWithoutStoringAnythingTwice() {
        String sku = skuOnSale();
        MarketplaceOrder placed = marketplace.placeOrder(SHOP, OrderRequest.of(OrderRequest.Line.of(sku, 1)));

        marketplace.injectFaults(SHOP, Faults.failing(1.0, 7));
        assertThatThrownBy(() -> pulls.pull("JD", PullStatus.Stream.ORDERS)).isInstanceOf(ChannelException.class);
        assertThat(inboxCount(placed.orderId())).isZero();
        JsonNode feeds = ApiClient.admin(port)
                .get("/api/v1/channels/connections/JD")
                .json()
                .get("pulls");
        assertThat(feeds.valueStream()
                        .filter(f -> f.get("stream").asString().equals("ORDERS"))
                        .findFirst()
                        .orElseThrow()
                        .get("lastError")
                        .asString())
                .contains("503");

        // the marketplace answers but the answer is lost: the page comes again and is stored once
        marketplace.injectFaults(SHOP, Faults.dropping(1.0, 7));
        assertThatThrownBy(() -> pulls.pull("JD", PullStatus.Stream.ORDERS)).isInstanceOf(ChannelException.class);
        marketplace.clearFaults(SHOP);
        pulls.pull("JD", PullStatus.Stream.ORDERS);
        pulls.pull("JD", PullStatus.Stream.ORDERS);
        assertThat(inboxCount(placed.orderId())).isEqualTo(1);
    }

    @Test
    void reviewsArePulledOnce() {
        String sku = skuOnSale();
        MarketplaceOrder placed = marketplace.placeOrder(SHOP, OrderRequest.of(OrderRequest.Line.of(sku, 1)));
        var review = marketplace.postReview(SHOP, new ReviewRequest(placed.orderId(), sku, 2, "物流太慢了，包装也破了"));

        pulls.pull("JD", PullStatus.Stream.REVIEWS); // or the scheduled pull took it in first
        assertThat(pulls.pull("JD", PullStatus.Stream.REVIEWS)).isZero();
        Map<String, Object> row = jdbc.sql("""
                        select order_external_id, sku_code, rating, content from channels.inbound_reviews
                        where channel_code = 'JD' and external_id = ?""").param(review.reviewId()).query().singleRow();
        assertThat(row)
                .containsEntry("order_external_id", placed.orderId())
                .containsEntry("sku_code", sku)
                .containsEntry("content", "物流太慢了，包装也破了");
        assertThat(((Number) row.get("rating")).intValue()).isEqualTo(2);
    }

    @Test
    void listedProductsArePublishedAndPriceEditsAndDelistingFollow() {
        var admin = ApiClient.admin(port);
        JsonNode listing = admin.get("/api/v1/listings?channel=JD&status=LISTED&size=1")
                .json()
                .get("items")
                .get(0);
        String item = listing.get("spuCode").asString();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(marketplace.item(SHOP, item))
                        .hasValueSatisfying(i -> assertThat(i.status()).isEqualTo(MarketplaceItem.Status.ONSALE)));

        long id = listing.get("id").asLong();
        var body = new HashMap<String, Object>();
        body.put("title", listing.get("title").asString());
        body.put("price", "1234.50");
        body.put("images", ApiClient.json().convertValue(listing.get("images"), List.class));
        body.put("version", listing.get("version").asInt());
        var updated = admin.put("/api/v1/listings/" + id, body);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                marketplace.item(SHOP, item).orElseThrow().price())
                        .isEqualByComparingTo("1234.50"));

        var delisted = admin.post("/api/v1/listings/" + id + "/transitions", Map.of("target", "DELISTED"));
        assertThat(delisted.status()).as(delisted.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                marketplace.item(SHOP, item).orElseThrow().status())
                        .isEqualTo(MarketplaceItem.Status.OFFSHELF));
    }
}
