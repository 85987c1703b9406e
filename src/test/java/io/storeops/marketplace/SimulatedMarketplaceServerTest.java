package io.storeops.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The simulator runs on its own, without a database or any other StoreOps module. */
class SimulatedMarketplaceServerTest {

    static ConfigurableApplicationContext server;

    @BeforeAll
    static void start() {
        // The demo shops' own buyers stay off so that stock changes only when this test says so.
        server =
                SimulatedMarketplaceServer.start(0, "STOREOPS_MARKETPLACE_ORDER_RATE=0", "storeops.marketplace.seed=1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesTheDemoShopsWithoutADatabase() {
        int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
        var marketplace = server.getBean(SimulatedMarketplace.class);
        var client = new MarketplaceClient(port, marketplace.credentials("tmall-demo"));

        var pushed = client.put(
                "/sim/tmall-demo/api/v1/inventory", "{\"items\":[{\"skuCode\":\"S1\",\"quantity\":4,\"sequence\":1}]}");
        var read = client.get("/sim/tmall-demo/api/v1/inventory?skuCodes=S1");

        assertThat(pushed.status()).isEqualTo(200);
        assertThat(read.json().get("items").get(0).get("quantity").asLong()).isEqualTo(4);
        assertThat(marketplace.shops()).contains("tmall-demo", "jd-demo", "douyin-demo");
        assertThat(server.getBeanNamesForType(DataSource.class)).isEmpty();
    }

    @Test
    void simulatedBuyersOrderFromTheStockAndTheFeedShowsIt() {
        int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
        var marketplace = server.getBean(SimulatedMarketplace.class);
        var client = new MarketplaceClient(port, marketplace.credentials("jd-demo"));
        client.put(
                "/sim/jd-demo/api/v1/inventory", "{\"items\":[{\"skuCode\":\"G-1\",\"quantity\":3,\"sequence\":1}]}");

        var generated = marketplace.generateOrders("jd-demo", 10);
        var feed = client.get("/sim/jd-demo/api/v1/orders?limit=100");

        assertThat(generated).isNotEmpty();
        assertThat(generated.stream()
                        .mapToInt(o -> o.lines().getFirst().quantity())
                        .sum())
                .isEqualTo(3);
        assertThat(marketplace.stock("jd-demo", "G-1"))
                .map(ListingStock::quantity)
                .contains(0L);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.json().get("orders").findValuesAsString("orderId"))
                .containsExactlyElementsOf(
                        generated.stream().map(MarketplaceOrder::orderId).toList());
        assertThat(feed.json().get("orders").get(0).get("orderId").asString()).startsWith("JD");
        assertThat(feed.json().get("orders").get(0).get("totalAmount").asString())
                .matches("\\d+\\.\\d{2}");
    }
}
