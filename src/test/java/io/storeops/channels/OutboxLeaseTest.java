package io.storeops.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.channels.ChannelAdapter.StockPush;
import io.storeops.channels.internal.StockSyncRepository;
import io.storeops.channels.internal.StockSyncRepository.StockToPush;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lease of the stock outbox, as two dispatchers (two instances) see it, on a channel no dispatcher of this context
 * serves: a row one of them is pushing is not claimed by the other — not even when a newer change arrives meanwhile —
 * and recording the older push does not lift the lease of the newer one.
 */
@IntegrationTest
class OutboxLeaseTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    StockSyncRepository outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRowInFlightIsPushedByOneInstanceAtATimeEvenWhenItChangesMeanwhile() {
        String channel = ApiClient.unique("L");
        String sku = ApiClient.unique("LEASE-");
        enqueue(channel, sku, 10);

        List<StockPush> first = claim(channel);
        assertThat(first).extracting(StockPush::quantity).containsExactly(10);
        enqueue(channel, sku, 7); // a change while the first push is in flight

        assertThat(claim(channel))
                .as("the second instance waits for the push in flight")
                .isEmpty();
        transactions.executeWithoutResult(status -> outbox.markPushed(channel, first));
        List<StockPush> second = claim(channel);
        assertThat(second).extracting(StockPush::quantity).containsExactly(7);
        assertThat(second.getFirst().sequence()).isGreaterThan(first.getFirst().sequence());

        // the first instance records its (older) push again, late: the lease of the newer push holds
        transactions.executeWithoutResult(status -> outbox.markPushed(channel, first));
        assertThat(claim(channel)).isEmpty();
        transactions.executeWithoutResult(status ->
                outbox.markFailed(channel, first, "late failure", Instant.now().minusSeconds(1)));
        assertThat(claim(channel)).isEmpty();

        transactions.executeWithoutResult(status -> outbox.markPushed(channel, second));
        assertThat(claim(channel)).as("nothing left to push").isEmpty();
    }

    @Test
    void aLeaseLeftByACrashedInstanceEndsAndTheRowIsPushedAgain() {
        String channel = ApiClient.unique("L");
        String sku = ApiClient.unique("LEASE-");
        enqueue(channel, sku, 5);
        List<StockPush> lost = claim(channel);
        assertThat(lost).hasSize(1);
        assertThat(claim(channel)).isEmpty();

        jdbc.sql("update channels.stock_sync set leased_until = now() - interval '1 second' where channel_code = ?")
                .param(channel)
                .update(); // the lease of the instance that died ran out

        assertThat(claim(channel))
                .extracting(StockPush::sequence)
                .containsExactly(lost.getFirst().sequence());
    }

    private void enqueue(String channel, String sku, int quantity) {
        transactions.executeWithoutResult(status -> outbox.enqueue(List.of(new StockToPush(channel, sku, quantity))));
    }

    private List<StockPush> claim(String channel) {
        return transactions.execute(status -> outbox.claimDue(channel, 10, LEASE));
    }
}
