package io.storeops.channels;

import io.storeops.catalog.ChannelView;
import io.storeops.catalog.Channels;
import io.storeops.channels.internal.ConnectionProperties;
import io.storeops.channels.internal.ConnectionRepository;
import io.storeops.channels.internal.PullCursorRepository;
import io.storeops.inventory.Inventory;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.platform.SecretCipher;
import io.storeops.shared.ConflictException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import io.storeops.shared.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Channel connections as the console manages them (F3.1): connections from the environment are shown read-only;
 * others can be set up, changed and removed, with the app secret stored AES-GCM encrypted ({@link SecretCipher}).
 * Connecting a channel queues its full stock and its published listings, so it starts out right; every change is
 * audited without the secret.
 */
@Service
public class ChannelSettings {

    private static final Logger log = LoggerFactory.getLogger(ChannelSettings.class);
    private static final int MIN_SECRET_LENGTH = 8;

    private final ConnectionProperties properties;
    private final ConnectionRepository stored;
    private final PullCursorRepository pulls;
    private final ChannelConnections connections;
    private final SecretCipher cipher;
    private final Channels channels;
    private final StockSync stockSync;
    private final ListingSync listingSync;
    private final Inventory inventory;
    private final AuditLog audit;

    ChannelSettings(
            ConnectionProperties properties,
            ConnectionRepository stored,
            PullCursorRepository pulls,
            ChannelConnections connections,
            SecretCipher cipher,
            Channels channels,
            StockSync stockSync,
            ListingSync listingSync,
            Inventory inventory,
            AuditLog audit) {
        this.properties = properties;
        this.stored = stored;
        this.pulls = pulls;
        this.connections = connections;
        this.cipher = cipher;
        this.channels = channels;
        this.stockSync = stockSync;
        this.listingSync = listingSync;
        this.inventory = inventory;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ConnectionView.Overview overview() {
        Map<String, ConnectionRepository.Stored> fromConsole = new LinkedHashMap<>();
        stored.findAll().forEach(c -> fromConsole.put(c.channel(), c));
        List<ConnectionView> views = channels.list().stream()
                .map(ChannelView::code)
                .map(code -> view(code, fromConsole.get(code)))
                .toList();
        return new ConnectionView.Overview(cipher.available(), views);
    }

    @Transactional(readOnly = true)
    public ConnectionView get(String channel) {
        channels.get(channel);
        return view(channel, stored.find(channel).orElse(null));
    }

    private ConnectionView view(String channel, ConnectionRepository.Stored console) {
        boolean connected = connections.isConnected(channel);
        var live = new Live(connected, connected ? connections.breakerState(channel) : null, pulls.status(channel));
        return environmentConnection(channel)
                .map(c -> environmentView(channel, c, live))
                .or(() -> environmentWebhook(channel).map(w -> webhookView(channel, w, live)))
                .orElseGet(
                        () -> console == null ? unconnectedView(channel, live) : consoleView(channel, console, live));
    }

    /** What a view shows of the channel's running state: connected or not, its breaker, its feeds. */
    private record Live(boolean connected, BreakerState breaker, List<PullStatus> feeds) {}

    private static ConnectionView environmentView(String channel, ConnectionProperties.Connection c, Live live) {
        return new ConnectionView(
                channel,
                ConnectionView.Kind.MARKETPLACE,
                ConnectionView.Source.ENVIRONMENT,
                c.shop(),
                blankToEmpty(c.baseUrl()),
                c.appKey(),
                true,
                hint(c.appSecret()),
                null,
                c.rateLimitPerSecond(),
                c.timeout().toMillis(),
                live.connected(),
                live.breaker(),
                null,
                live.feeds(),
                null,
                null,
                null);
    }

    private static ConnectionView webhookView(String channel, ConnectionProperties.Webhook w, Live live) {
        return new ConnectionView(
                channel,
                ConnectionView.Kind.WEBHOOK,
                ConnectionView.Source.ENVIRONMENT,
                null,
                null,
                null,
                true,
                hint(w.secret()),
                w.pushUrl(),
                w.rateLimitPerSecond(),
                w.timeout().toMillis(),
                live.connected(),
                live.breaker(),
                null,
                live.feeds(),
                null,
                null,
                null);
    }

    private ConnectionView consoleView(String channel, ConnectionRepository.Stored console, Live live) {
        return new ConnectionView(
                channel,
                ConnectionView.Kind.MARKETPLACE,
                ConnectionView.Source.CONSOLE,
                console.shop(),
                console.baseUrl(),
                console.appKey(),
                true,
                "••••" + console.secretHint(),
                null,
                console.rateLimitPerSecond(),
                (long) console.timeoutMs(),
                live.connected(),
                live.breaker(),
                connections.loadError(channel).orElse(null),
                live.feeds(),
                console.updatedAt(),
                console.updatedBy(),
                console.version());
    }

    private static ConnectionView unconnectedView(String channel, Live live) {
        return new ConnectionView(
                channel,
                ConnectionView.Kind.MARKETPLACE,
                ConnectionView.Source.NONE,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                live.feeds(),
                null,
                null,
                null);
    }

    /** Sets up or changes a console connection; it takes effect once the transaction commits. */
    @Transactional
    public ConnectionView save(String channel, ConnectionView.Change change) {
        channels.get(channel);
        requireConsoleManaged(channel);
        if (!cipher.available()) {
            throw new RuleViolationException(
                    "encryption-unavailable", Message.of(ChannelMessage.ENCRYPTION_UNAVAILABLE), List.of());
        }
        Optional<ConnectionRepository.Stored> before = stored.find(channel);
        String secret = change.appSecret() == null ? "" : change.appSecret().strip();
        if (before.isEmpty() && secret.isEmpty()) {
            throw new FieldErrorException("appSecret", Message.of(ChannelMessage.SECRET_REQUIRED));
        }
        if (!secret.isEmpty() && secret.length() < MIN_SECRET_LENGTH) {
            throw new FieldErrorException(
                    "appSecret", Message.of(ChannelMessage.SECRET_TOO_SHORT, "min", MIN_SECRET_LENGTH));
        }
        var next = new ConnectionRepository.Stored(
                channel,
                change.shop().strip(),
                change.baseUrl() == null ? "" : change.baseUrl().strip(),
                change.appKey().strip(),
                secret.isEmpty() ? before.orElseThrow().secretCipher() : cipher.encrypt(secret),
                secret.isEmpty() ? before.orElseThrow().secretHint() : secret.substring(secret.length() - 4),
                change.rateLimitPerSecond(),
                change.timeoutMs(),
                0,
                null,
                AuditLog.currentActor());
        if (before.isEmpty()) {
            stored.insert(next);
        } else if (change.version() == null || !stored.update(next, change.version())) {
            throw new ConflictException("stale-version", Message.of(ChannelMessage.CONNECTION_STALE));
        }
        audit.record(
                before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                "channel-connection",
                channel,
                (before.isEmpty() ? "Connected " : "Changed connection of ") + channel + " to shop " + next.shop()
                        + (secret.isEmpty() ? "" : "; app secret set"),
                before.map(ChannelSettings::auditable).orElse(null),
                auditable(next));
        afterCommit(() -> {
            connections.reload();
            if (connections.isConnected(channel)) {
                bringUpToDate(channel);
            }
        });
        return view(channel, stored.find(channel).orElseThrow());
    }

    /** Removes a console connection: nothing more is pushed to or pulled from the channel. */
    @Transactional
    public void disconnect(String channel) {
        channels.get(channel);
        requireConsoleManaged(channel);
        var before =
                stored.find(channel).orElseThrow(() -> new NotFoundException(ResourceKind.CHANNEL_CONNECTION, channel));
        stored.delete(channel);
        audit.record(
                AuditAction.DELETE,
                "channel-connection",
                channel,
                "Disconnected " + channel + " from shop " + before.shop(),
                auditable(before),
                null);
        afterCommit(connections::reload);
    }

    /** Makes one harmless call with the connection (reads one SKU's stock, or pushes nothing to a webhook). */
    public ConnectionView.TestResult test(String channel) {
        channels.get(channel);
        ChannelAdapter adapter = connections
                .adapter(channel)
                .orElseThrow(() -> new NotFoundException(ResourceKind.CONNECTED_CHANNEL, channel));
        long started = System.nanoTime();
        try {
            if (adapter.readsStock()) {
                adapter.readStock(List.of("STOREOPS-CONNECTION-TEST"));
            } else {
                adapter.pushStock(List.of());
            }
            return new ConnectionView.TestResult(
                    true, (System.nanoTime() - started) / 1_000_000, Message.of(ChannelMessage.CONNECTION_OK));
        } catch (ChannelException e) {
            return new ConnectionView.TestResult(false, (System.nanoTime() - started) / 1_000_000, e.reason());
        } catch (RuntimeException e) {
            Message failed = Message.of(
                    ChannelMessage.CONNECTION_FAILED, "error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return new ConnectionView.TestResult(false, (System.nanoTime() - started) / 1_000_000, failed);
        }
    }

    /**
     * Queues the channel's full stock and listings (after the connection committed). A lock conflict with the
     * dispatcher is retried; should it persist, the failure is logged rather than reported as a failed save, since the
     * connection itself is stored.
     */
    private void bringUpToDate(String channel) {
        for (int attempt = 1; ; attempt++) {
            try {
                stockSync.enqueueChannel(channel, inventory.stockedSkuCodes());
                listingSync.enqueueChannel(channel);
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    log.warn("Could not queue the full stock and listings of {}: {}", channel, e.getMessage());
                    return;
                }
            }
        }
    }

    private void requireConsoleManaged(String channel) {
        if (environmentConnection(channel).isPresent()
                || environmentWebhook(channel).isPresent()) {
            throw new RuleViolationException(
                    "configured-by-environment", Message.of(ChannelMessage.CONFIGURED_BY_ENVIRONMENT), List.of());
        }
    }

    private Optional<ConnectionProperties.Connection> environmentConnection(String channel) {
        return properties.connections().stream()
                .filter(c -> c.configured() && c.channel().equals(channel))
                .findFirst();
    }

    private Optional<ConnectionProperties.Webhook> environmentWebhook(String channel) {
        return properties.webhooks().stream()
                .filter(w -> w.configured() && w.channel().equals(channel))
                .findFirst();
    }

    private static Map<String, Object> auditable(ConnectionRepository.Stored c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("shop", c.shop());
        fields.put("baseUrl", c.baseUrl());
        fields.put("appKey", c.appKey());
        fields.put("secretHint", "••••" + c.secretHint());
        fields.put("rateLimitPerSecond", c.rateLimitPerSecond());
        fields.put("timeoutMs", c.timeoutMs());
        return fields;
    }

    private static String hint(String secret) {
        return secret == null || secret.length() < 4 ? "••••" : "••••" + secret.substring(secret.length() - 4);
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
