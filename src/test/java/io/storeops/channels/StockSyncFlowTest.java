package io.storeops.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ModuleSliceTest;
import io.storeops.catalog.SkuCode;
import io.storeops.inventory.StockChanged;
import io.storeops.inventory.StockedSkus;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * Channels as a module slice (with inventory, catalog and platform): a stock movement committed in inventory
 * ({@link StockChanged}) queues the SKU's new available-to-sell for every connected channel in the stock-sync outbox,
 * in the movement's own transaction. The slice pushes nothing, so the queued value stays to be read.
 */
@ModuleSliceTest
class StockSyncFlowTest {

    private final StockSync sync;
    private final JdbcClient jdbc;
    private final StockedSkus skus;

    StockSyncFlowTest(StockSync sync, JdbcClient jdbc, StockedSkus skus) {
        this.sync = sync;
        this.jdbc = jdbc;
        this.skus = skus;
    }

    @Test
    void aStockMovementQueuesTheNewAvailableToSellForEveryConnectedChannel(Scenario scenario) {
        String sku = skus.create(0);
        Map<String, Integer> everyConnectedChannelAtSeven = sync.status().stream()
                .filter(SyncStatus::connected)
                .collect(Collectors.toMap(SyncStatus::channel, status -> 7));
        assertThat(everyConnectedChannelAtSeven).isNotEmpty();

        scenario.stimulate(() -> skus.receive(sku, 7))
                .andWaitForEventOfType(StockChanged.class)
                .matching(changed -> changed.skuCodes().contains(new SkuCode(sku)))
                .toArriveAndVerify(changed -> assertThat(queued(sku)).isEqualTo(everyConnectedChannelAtSeven));
    }

    /** The quantity waiting to be pushed to each channel for the SKU. */
    private Map<String, Integer> queued(String sku) {
        return jdbc
                .sql("""
                        select channel_code, quantity from channels.stock_sync
                        where sku_code = ? and sequence > pushed_sequence""")
                .param(sku)
                .query((rs, n) -> Map.entry(rs.getString("channel_code"), rs.getInt("quantity")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
