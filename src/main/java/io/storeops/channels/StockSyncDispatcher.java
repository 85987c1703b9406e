package io.storeops.channels;

import io.storeops.channels.ChannelAdapter.ListingPush;
import io.storeops.channels.ChannelAdapter.StockPush;
import io.storeops.channels.internal.ConnectionProperties;
import io.storeops.channels.internal.ListingSyncRepository;
import io.storeops.channels.internal.StockSyncRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the stock and listing outboxes: claims due pushes per channel with a lease, pushes them outside any transaction, then
 * records success or schedules a retry with exponential back-off and jitter (or the marketplace's Retry-After).
 * Consecutive failures open the channel's circuit breaker for a pause.
 */
@Component
class StockSyncDispatcher {

    private static final Logger log = LoggerFactory.getLogger(StockSyncDispatcher.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final int MAX_BATCHES_PER_TICK = 20;
    private static final int LISTING_BATCH = 100;

    private final StockSyncRepository outbox;
    private final ListingSyncRepository listingOutbox;
    private final ChannelConnections connections;
    private final ConnectionProperties.Sync settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StockSyncDispatcher(
            StockSyncRepository outbox,
            ListingSyncRepository listingOutbox,
            ChannelConnections connections,
            ConnectionProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.outbox = outbox;
        this.listingOutbox = listingOutbox;
        this.connections = connections;
        this.settings = properties.sync();
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${storeops.channels.sync.interval-ms:50}")
    void dispatch() {
        if (!settings.enabled()) {
            return;
        }
        for (String channel : connections.connectedChannels()) {
            for (int batch = 0; batch < MAX_BATCHES_PER_TICK && connections.allows(channel); batch++) {
                if (!pushOnce(channel)) {
                    break;
                }
            }
            if (connections.allows(channel)
                    && connections
                            .adapter(channel)
                            .map(ChannelAdapter::pushesListings)
                            .orElse(false)) {
                pushListingsOnce(channel);
            }
        }
    }

    /** Pushes one batch of a channel's listing changes; false when nothing was due or the push failed. */
    boolean pushListingsOnce(String channel) {
        List<ListingPush> due = transactions.execute(status -> listingOutbox.claimDue(channel, LISTING_BATCH, LEASE));
        if (due == null || due.isEmpty()) {
            return false;
        }
        try {
            connections.adapter(channel).orElseThrow().pushListings(due);
            transactions.executeWithoutResult(status -> listingOutbox.markPushed(channel, due));
            connections.succeeded(channel);
            return true;
        } catch (RuntimeException e) {
            int attempts = listingOutbox.attempts(channel, due.getFirst().itemCode()) + 1;
            Instant next = clock.instant().plus(retryDelay(e, attempts));
            transactions.executeWithoutResult(
                    status -> listingOutbox.markFailed(channel, due, abbreviate(describe(e)), next));
            connections.failed(channel);
            log.debug("Listing push to {} failed (attempt {}): {}", channel, attempts, e.getMessage());
            return false;
        }
    }

    private Duration retryDelay(RuntimeException e, int attempts) {
        Duration retryAfter = e instanceof ChannelException c ? c.retryAfter() : null;
        return retryAfter != null ? retryAfter : backoff(attempts);
    }

    private static String describe(RuntimeException e) {
        return e instanceof ChannelException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Pushes one batch of a channel; false when nothing was due or the push failed. */
    boolean pushOnce(String channel) {
        List<StockPush> due = transactions.execute(status -> outbox.claimDue(channel, settings.batchSize(), LEASE));
        if (due == null || due.isEmpty()) {
            return false;
        }
        ChannelAdapter adapter = connections.adapter(channel).orElseThrow();
        try {
            List<StockPush> superseded = adapter.pushStock(due);
            transactions.executeWithoutResult(status -> {
                outbox.markPushed(channel, due);
                if (!superseded.isEmpty()) {
                    outbox.advanceSequencePast(superseded.stream()
                            .mapToLong(StockPush::sequence)
                            .max()
                            .orElseThrow());
                    outbox.requeue(
                            channel, superseded.stream().map(StockPush::skuCode).toList());
                }
            });
            connections.succeeded(channel);
            return true;
        } catch (RuntimeException e) {
            int attempts = outbox.attempts(channel, due.getFirst().skuCode()) + 1;
            Instant next = clock.instant().plus(retryDelay(e, attempts));
            transactions.executeWithoutResult(status -> outbox.markFailed(channel, due, abbreviate(describe(e)), next));
            connections.failed(channel);
            log.debug("Stock push to {} failed (attempt {}): {}", channel, attempts, e.getMessage());
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text == null ? null : text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** min × 2^(attempts − 1), capped, then scaled by a random factor in [0.5, 1) so retries spread out. */
    Duration backoff(int attempts) {
        long min = settings.minBackoff().toMillis();
        long capped = Math.min(settings.maxBackoff().toMillis(), min << Math.min(attempts - 1, 20));
        return Duration.ofMillis(
                (long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble() / 2)));
    }
}
