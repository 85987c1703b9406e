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
        server = SimulatedMarketplaceServer.start(0);
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
}
