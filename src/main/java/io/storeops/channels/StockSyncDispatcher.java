package io.storeops.channels;

import io.storeops.channels.ChannelAdapter.ListingPush;
import io.storeops.channels.ChannelAdapter.RefundPush;
import io.storeops.channels.ChannelAdapter.ShipmentPush;
import io.storeops.channels.ChannelAdapter.StockPush;
import io.storeops.channels.internal.ChannelResilience;
import io.storeops.channels.internal.ConnectionProperties;
import io.storeops.channels.internal.ListingSyncRepository;
import io.storeops.channels.internal.OrderPushRepository;
import io.storeops.channels.internal.StockSyncRepository;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the stock, listing and order-push (shipment, refund) outboxes: claims due pushes per channel with a lease
 * ({@code storeops.channels.sync.lease}), pushes them outside any transaction, then records success or schedules a
 * retry with jittered exponential back-off (or the marketplace's Retry-After). Every call goes through the channel's
 * circuit breaker ({@link ChannelResilience}). Each acknowledged stock push yields the sync lag of the changes it
 * delivered ({@link StockSyncLags}). An order
 * push the channel refuses for good (a 4xx such as 409) or that failed {@value #MAX_ORDER_PUSH_ATTEMPTS} times is
 * given up on ({@link OrderPushFailed}) instead of being retried for ever.
 */
@Component
class StockSyncDispatcher {

    private static final Logger log = LoggerFactory.getLogger(StockSyncDispatcher.class);
    private static final int MAX_BATCHES_PER_TICK = 20;
    private static final int LISTING_BATCH = 100;
    private static final int ORDER_PUSH_BATCH = 20;
    static final int MAX_ORDER_PUSH_ATTEMPTS = 10;

    private final StockSyncRepository outbox;
    private final ListingSyncRepository listingOutbox;
    private final OrderPushRepository orderOutbox;
    private final ChannelConnections connections;
    private final ChannelResilience resilience;
    private final StockSyncLags lags;
    private final ConnectionProperties.Sync settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final ExecutorService perChannel = Executors.newVirtualThreadPerTaskExecutor();

    StockSyncDispatcher(
            StockSyncRepository outbox,
            ListingSyncRepository listingOutbox,
            OrderPushRepository orderOutbox,
            ChannelConnections connections,
            ChannelResilience resilience,
            StockSyncLags lags,
            ConnectionProperties properties,
            TransactionTemplate transactions,
            Clock clock,
            JsonMapper json,
            ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.listingOutbox = listingOutbox;
        this.orderOutbox = orderOutbox;
        this.json = json;
        this.events = events;
        this.connections = connections;
        this.resilience = resilience;
        this.lags = lags;
        this.settings = properties.sync();
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Serves the connected channels side by side, so a slow marketplace does not hold up the others. */
    @Scheduled(fixedDelayString = "${storeops.channels.sync.interval-ms:50}")
    void dispatch() {
        if (!settings.enabled()) {
            return;
        }
        List<? extends Future<?>> running = connections.connectedChannels().stream()
                .map(channel -> perChannel.submit(() -> dispatch(channel)))
                .toList();
        for (Future<?> channel : running) {
            try {
                channel.get();
            } catch (ExecutionException e) {
                log.warn("Dispatching failed: {}", e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void dispatch(String channel) {
        for (int batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
            if (!pushOnce(channel)) {
                break;
            }
        }
        if (connections.adapter(channel).map(ChannelAdapter::pushesListings).orElse(false)) {
            pushListingsOnce(channel);
        }
        for (int batch = 0; batch < MAX_BATCHES_PER_TICK && connections.allows(channel); batch++) {
            if (!pushOrdersOnce(channel)) {
                break;
            }
        }
    }

    @PreDestroy
    void stop() {
        perChannel.shutdown();
    }

    /**
     * Pushes one batch of a channel's shipments and refunds, one by one, oldest first; false when nothing was due or a
     * push failed in a way that may pass (the rest of the batch is then released and tried again later).
     */
    boolean pushOrdersOnce(String channel) {
        ChannelAdapter adapter = connections.adapter(channel).orElse(null);
        if (adapter == null) {
            return false; // disconnected meanwhile
        }
        List<OrderPushRepository.Claimed> due =
                transactions.execute(status -> orderOutbox.claimDue(channel, ORDER_PUSH_BATCH, settings.lease()));
        if (due == null || due.isEmpty()) {
            return false;
        }
        for (int i = 0; i < due.size(); i++) {
            var push = due.get(i);
            if (!takes(adapter, push.kind())) {
                giveUp(
                        channel,
                        push,
                        channel + " does not take " + push.kind().name().toLowerCase(Locale.ROOT) + "s");
                continue;
            }
            var call = connections.call(channel).orElse(null);
            if (call == null) {
                release(due.subList(i, due.size()));
                return false;
            }
            if (!pushOrder(channel, adapter, call, push)) {
                release(due.subList(i + 1, due.size()));
                return false;
            }
        }
        return true;
    }

    private static boolean takes(ChannelAdapter adapter, OrderPushKind kind) {
        return kind == OrderPushKind.SHIPMENT ? adapter.pushesShipments() : adapter.pushesRefunds();
    }

    /**
     * Sends one shipment or refund and records what came of it; false when it failed in a way that may pass, so the
     * rest of the batch should wait.
     */
    private boolean pushOrder(
            String channel, ChannelAdapter adapter, ChannelResilience.Call call, OrderPushRepository.Claimed push) {
        try {
            if (push.kind() == OrderPushKind.SHIPMENT) {
                adapter.pushShipment(json.readValue(push.payload(), ShipmentPush.class));
            } else {
                adapter.pushRefund(json.readValue(push.payload(), RefundPush.class));
            }
        } catch (RuntimeException e) {
            return orderPushFailed(channel, call, push, e);
        }
        call.succeeded();
        Instant at = clock.instant();
        transactions.executeWithoutResult(status -> {
            if (orderOutbox.markPushed(push.id(), at)) {
                events.publishEvent(new OrderPushed(channel, push.kind(), push.key(), at));
            }
        });
        return true;
    }

    /**
     * Gives up on a push the channel refused for good or that failed too often, or schedules its retry; true only for
     * a refusal for good (the channel is healthy, the batch goes on).
     */
    private boolean orderPushFailed(
            String channel, ChannelResilience.Call call, OrderPushRepository.Claimed push, RuntimeException e) {
        String error = abbreviate(describe(e));
        int attempts = push.attempts() + 1;
        if (e instanceof ChannelException c && c.isPermanent()) {
            // the channel answered, and will answer the same again: it is healthy, the push is not
            call.succeeded();
            giveUp(channel, push, error);
            log.info("{} {} to {} refused for good: {}", push.kind(), push.key(), channel, error);
            return true;
        }
        call.failed(e);
        if (attempts >= MAX_ORDER_PUSH_ATTEMPTS) {
            giveUp(channel, push, "Gave up after " + attempts + " attempts: " + error);
            log.warn("{} {} to {} failed {} times, given up: {}", push.kind(), push.key(), channel, attempts, error);
        } else {
            Instant next = clock.instant().plus(retryDelay(e, attempts));
            transactions.executeWithoutResult(status -> orderOutbox.markRetry(push.id(), error, next));
            log.debug("{} {} to {} failed (attempt {}): {}", push.kind(), push.key(), channel, attempts, error);
        }
        return false;
    }

    private void giveUp(String channel, OrderPushRepository.Claimed push, String error) {
        String reason = abbreviate(error);
        transactions.executeWithoutResult(status -> {
            if (orderOutbox.markFailed(push.id(), reason)) {
                events.publishEvent(new OrderPushFailed(channel, push.kind(), push.key(), reason));
            }
        });
    }

    private void release(List<OrderPushRepository.Claimed> pushes) {
        if (!pushes.isEmpty()) {
            var ids = pushes.stream().map(OrderPushRepository.Claimed::id).toList();
            transactions.executeWithoutResult(status -> orderOutbox.release(ids));
        }
    }

    /** Pushes one batch of a channel's listing changes; false when nothing was due, the breaker is open or it failed. */
    boolean pushListingsOnce(String channel) {
        ChannelAdapter adapter = connections.adapter(channel).orElse(null);
        var call = adapter == null ? null : connections.call(channel).orElse(null);
        if (call == null) {
            return false; // disconnected meanwhile, or the breaker is open
        }
        List<ListingPush> due =
                transactions.execute(status -> listingOutbox.claimDue(channel, LISTING_BATCH, settings.lease()));
        if (due == null || due.isEmpty()) {
            call.notMade();
            return false;
        }
        try {
            adapter.pushListings(due);
        } catch (RuntimeException e) {
            call.failed(e);
            int attempts = listingOutbox.attempts(channel, due.getFirst().itemCode()) + 1;
            Instant next = clock.instant().plus(retryDelay(e, attempts));
            transactions.executeWithoutResult(
                    status -> listingOutbox.markFailed(channel, due, abbreviate(describe(e)), next));
            log.debug("Listing push to {} failed (attempt {}): {}", channel, attempts, e.getMessage());
            return false;
        }
        call.succeeded();
        transactions.executeWithoutResult(status -> listingOutbox.markPushed(channel, due));
        return true;
    }

    private Duration retryDelay(RuntimeException e, int attempts) {
        Duration retryAfter = e instanceof ChannelException c ? c.retryAfter() : null;
        return retryAfter != null ? retryAfter : resilience.backoff(attempts);
    }

    private static String describe(RuntimeException e) {
        return e instanceof ChannelException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /**
     * Pushes one batch of a channel's stock; false when nothing was due, the breaker is open or the push failed. SKUs
     * the marketplace refused because it holds a newer sequence stay pending (from their first change) and are queued
     * again past that sequence; the others are acknowledged, each with its lag.
     */
    boolean pushOnce(String channel) {
        ChannelAdapter adapter = connections.adapter(channel).orElse(null);
        var call = adapter == null ? null : connections.call(channel).orElse(null);
        if (call == null) {
            return false; // disconnected meanwhile, or the breaker is open
        }
        List<StockPush> due =
                transactions.execute(status -> outbox.claimDue(channel, settings.batchSize(), settings.lease()));
        if (due == null || due.isEmpty()) {
            call.notMade();
            return false;
        }
        List<StockPush> superseded;
        try {
            superseded = adapter.pushStock(due);
        } catch (RuntimeException e) {
            call.failed(e);
            int attempts = outbox.attempts(channel, due.getFirst().skuCode()) + 1;
            Instant next = clock.instant().plus(retryDelay(e, attempts));
            transactions.executeWithoutResult(status -> outbox.markFailed(channel, due, abbreviate(describe(e)), next));
            log.debug("Stock push to {} failed (attempt {}): {}", channel, attempts, e.getMessage());
            return false;
        }
        call.succeeded();
        Set<String> refused = superseded.stream().map(StockPush::skuCode).collect(Collectors.toSet());
        List<StockPush> taken =
                due.stream().filter(p -> !refused.contains(p.skuCode())).toList();
        var acknowledged = transactions.execute(status -> {
            var acks = outbox.markPushed(channel, taken);
            if (!superseded.isEmpty()) {
                outbox.advanceSequencePast(
                        superseded.stream().mapToLong(StockPush::sequence).max().orElseThrow());
                outbox.releaseLeases(channel, superseded);
                outbox.requeue(channel, refused);
            }
            return acks;
        });
        lags.record(channel, acknowledged);
        return true;
    }

    private static String abbreviate(String text) {
        return text == null ? null : text.length() > 500 ? text.substring(0, 500) : text;
    }
}
