package io.storeops.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.channels.BreakerState;
import io.storeops.channels.ChannelAdapter.StockPush;
import io.storeops.channels.internal.StockSyncRepository.StockToPush;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sync lag of the stock outbox counts from the first change the marketplace does not have yet: later changes do
 * not restart it, an acknowledged push covers only what it was leased with, a failed push leaves it alone, and an
 * answer to an expired lease never understates it. Each test uses a channel of its own that no dispatcher serves.
 */
@IntegrationTest
class StockSyncLagTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    StockSyncRepository outbox;

    @Autowired
    JdbcClient jdbc;

    final String channel = ApiClient.unique("LAG");
    final String sku = ApiClient.unique("LAG-SKU-");

    void change(int quantity) {
        outbox.enqueue(List.of(new StockToPush(channel, sku, quantity)));
    }

    Instant pendingSince() {
        return time("pending_since");
    }

    Instant changedAfterClaimAt() {
        return time("changed_after_claim_at");
    }

    private Instant time(String column) {
        List<Timestamp> at = jdbc.sql(
                        "select " + column + " as at from channels.stock_sync where channel_code = ? and sku_code = ?")
                .params(channel, sku)
                .query((rs, n) -> rs.getTimestamp("at"))
                .list();
        assertThat(at).hasSize(1);
        return at.getFirst() == null ? null : at.getFirst().toInstant();
    }

    void expireLeases() {
        jdbc.sql("update channels.stock_sync set leased_until = now() - interval '1 second' where channel_code = ?")
                .param(channel)
                .update();
    }

    List<StockPush> lease() {
        return outbox.claimDue(channel, 10, LEASE);
    }

    @Test
    void laterChangesDoNotRestartTheLag() {
        change(10);
        long firstCommitted = System.nanoTime();
        Instant first = pendingSince();
        assertThat(first).isNotNull();
        change(9);
        change(8);
        assertThat(pendingSince()).isEqualTo(first);
        double sinceFirstChange = (System.nanoTime() - firstCommitted) / 1e9;
        assertThat(outbox.status(channel, true, BreakerState.CLOSED, null).lagSeconds())
                .as("the status lag counts from the first change")
                .isGreaterThanOrEqualTo(sinceFirstChange);

        List<StockPush> leased = lease();
        long beforeAcknowledgement = System.nanoTime();
        var acknowledged = outbox.markPushed(channel, leased);

        assertThat(acknowledged).singleElement().satisfies(a -> {
            assertThat(a.skuCode()).isEqualTo(sku);
            assertThat(a.sequence()).isEqualTo(leased.getFirst().sequence());
            assertThat(a.lag()).isGreaterThanOrEqualTo(Duration.ofNanos(beforeAcknowledgement - firstCommitted));
        });
        assertThat(pendingSince()).isNull();
        assertThat(outbox.status(channel, true, BreakerState.CLOSED, null).lagSeconds())
                .isZero();
    }

    @Test
    void aChangeAfterTheLeaseStaysPendingFromItsOwnTime() {
        change(10);
        Instant first = pendingSince();
        List<StockPush> leased = lease();
        change(11);
        Instant afterLease = changedAfterClaimAt();
        assertThat(afterLease).isAfterOrEqualTo(first);
        assertThat(pendingSince()).isEqualTo(first);

        assertThat(outbox.markPushed(channel, leased)).hasSize(1);
        assertThat(pendingSince())
                .as("the change after the lease is still not on the marketplace")
                .isEqualTo(afterLease);

        List<StockPush> second = lease();
        assertThat(second).singleElement().extracting(StockPush::quantity).isEqualTo(11);
        assertThat(outbox.markPushed(channel, second)).hasSize(1);
        assertThat(pendingSince()).isNull();
    }

    @Test
    void aFailedPushLeavesTheFirstChangePending() {
        change(10);
        long firstCommitted = System.nanoTime();
        Instant first = pendingSince();
        List<StockPush> leased = lease();
        change(12);
        outbox.markFailed(channel, leased, "503", Instant.now().minusSeconds(1));
        assertThat(pendingSince()).isEqualTo(first);
        assertThat(changedAfterClaimAt()).isNull();

        List<StockPush> retry = lease();
        assertThat(retry).singleElement().extracting(StockPush::quantity).isEqualTo(12);
        long beforeAcknowledgement = System.nanoTime();
        var acknowledged = outbox.markPushed(channel, retry);
        assertThat(acknowledged)
                .singleElement()
                .satisfies(a -> assertThat(a.lag())
                        .isGreaterThanOrEqualTo(Duration.ofNanos(beforeAcknowledgement - firstCommitted)));
        assertThat(pendingSince()).isNull();
    }

    @Test
    void anAnswerToAnExpiredLeaseNeverUnderstatesTheLag() {
        change(10);
        Instant first = pendingSince();
        List<StockPush> expired = lease();
        change(13);
        assertThat(lease()).as("the lease holds while a newer change arrives").isEmpty();
        expireLeases(); // its holder was too slow: a second instance leases the newer value
        List<StockPush> current = lease();
        assertThat(current).singleElement().extracting(StockPush::quantity).isEqualTo(13);

        assertThat(outbox.markPushed(channel, expired)).hasSize(1);
        assertThat(pendingSince())
                .as("the newer change is still pending, counted from no later than it happened")
                .isEqualTo(first);

        assertThat(outbox.markPushed(channel, current)).hasSize(1);
        assertThat(pendingSince()).isNull();
        assertThat(outbox.markPushed(channel, current))
                .as("an acknowledgement that moves nothing forward is no sample")
                .isEmpty();
    }

    @Test
    void aPushTheMarketplaceRefusedStaysPendingFromTheFirstChange() {
        change(10);
        Instant first = pendingSince();
        List<StockPush> refused = lease();
        outbox.releaseLeases(channel, refused);
        outbox.requeue(channel, List.of(sku));
        assertThat(pendingSince()).isEqualTo(first);
        assertThat(lease()).hasSize(1);
    }
}
