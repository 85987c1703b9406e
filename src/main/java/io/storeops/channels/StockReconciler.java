package io.storeops.channels;

import io.storeops.channels.ChannelAdapter.StockPush;
import io.storeops.channels.internal.ChannelResilience;
import io.storeops.channels.internal.StockSyncRepository;
import io.storeops.platform.ClusterLock;
import io.storeops.shared.ConflictException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares what each connected marketplace shows with what we last pushed (F2.3) and queues every drifted SKU again.
 * Runs every 15 minutes and on demand; only settled SKUs (nothing pending) are compared, page by page. A page read
 * that fails for a passing reason is retried with jittered back-off ({@link ChannelResilience#readRetry}).
 */
@Service
public class StockReconciler {

    private static final Logger log = LoggerFactory.getLogger(StockReconciler.class);
    private static final int PAGE = 200;
    private static final int EXAMPLES = 20;

    private final StockSyncRepository outbox;
    private final ChannelConnections connections;
    private final ChannelResilience resilience;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClusterLock lock;

    StockReconciler(
            StockSyncRepository outbox,
            ChannelConnections connections,
            ChannelResilience resilience,
            TransactionTemplate transactions,
            Clock clock,
            ClusterLock lock) {
        this.outbox = outbox;
        this.connections = connections;
        this.resilience = resilience;
        this.transactions = transactions;
        this.clock = clock;
        this.lock = lock;
    }

    @Scheduled(fixedDelayString = "${storeops.channels.reconciliation.interval-ms:900000}", initialDelay = 60_000)
    void reconcileAll() {
        // one instance reconciles; the others skip this round instead of reading every marketplace's stock again
        lock.runIfFree("channels.reconciliation", this::reconcileConnected);
    }

    private void reconcileConnected() {
        for (String channel : connections.connectedChannels()) {
            if (!connections.adapter(channel).map(ChannelAdapter::readsStock).orElse(false)) {
                continue;
            }
            try {
                reconcile(channel);
            } catch (ChannelException e) {
                log.warn("Reconciliation of {} failed: {}", channel, e.getMessage());
            }
        }
    }

    /** Reconciles one channel now; a marketplace failure aborts the run with a {@link ChannelException}. */
    public Reconciliation reconcile(String channel) {
        ChannelAdapter adapter = connections
                .adapter(channel)
                .orElseThrow(() -> new NotFoundException(ResourceKind.CONNECTED_CHANNEL, channel));
        if (!adapter.readsStock()) {
            throw new ConflictException("reconciliation-unsupported", Message.of(ChannelMessage.CANNOT_RECONCILE));
        }
        Instant started = clock.instant();
        int checked = 0;
        List<Reconciliation.Drift> drifts = new ArrayList<>();
        String after = "";
        long highestRemoteSequence = 0;
        var retry = resilience.readRetry(channel);
        while (true) {
            String from = after;
            Map<String, Integer> ours = transactions.execute(status -> outbox.settled(channel, from, PAGE));
            if (ours == null || ours.isEmpty()) {
                break;
            }
            List<String> page = List.copyOf(ours.keySet());
            List<StockPush> remoteStock = retry.executeSupplier(() -> adapter.readStock(page));
            highestRemoteSequence = Math.max(
                    highestRemoteSequence,
                    remoteStock.stream().mapToLong(StockPush::sequence).max().orElse(0));
            Map<String, Integer> theirs = remoteStock.stream()
                    .collect(Collectors.toMap(StockPush::skuCode, StockPush::quantity, (a, b) -> b));
            for (var entry : ours.entrySet()) {
                Integer remote = theirs.get(entry.getKey());
                if (remote == null || remote.intValue() != entry.getValue()) {
                    drifts.add(new Reconciliation.Drift(entry.getKey(), entry.getValue(), remote));
                }
            }
            checked += ours.size();
            after = ours.keySet().stream().reduce((a, b) -> b).orElseThrow();
        }
        long past = highestRemoteSequence;
        int repaired = drifts.isEmpty()
                ? 0
                : transactions.execute(status -> {
                    outbox.advanceSequencePast(past);
                    return outbox.requeue(
                            channel,
                            drifts.stream().map(Reconciliation.Drift::skuCode).toList());
                });
        var result = new Reconciliation(
                channel,
                started,
                clock.instant(),
                checked,
                drifts.size(),
                repaired,
                drifts.stream().limit(EXAMPLES).toList());
        transactions.executeWithoutResult(status -> outbox.saveReconciliation(result));
        if (!drifts.isEmpty()) {
            log.warn(
                    "Reconciliation of {}: {} of {} SKUs had drifted and were queued again",
                    channel,
                    drifts.size(),
                    checked);
        }
        return result;
    }
}
