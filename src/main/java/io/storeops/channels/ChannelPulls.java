package io.storeops.channels;

import io.storeops.channels.ChannelAdapter.Page;
import io.storeops.channels.PullStatus.Stream;
import io.storeops.channels.internal.ConnectionProperties;
import io.storeops.channels.internal.InboundOrderRepository;
import io.storeops.channels.internal.InboundTrackingRepository;
import io.storeops.channels.internal.PullCursorRepository;
import io.storeops.platform.ClusterLock;
import io.storeops.platform.MessageTexts;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every connected marketplace's order, review and tracking feeds (F3.1) into the inbox; a feed the channel does
 * not offer is skipped. Each page is stored together with
 * the cursor that follows it in one transaction, so a crash between pages repeats at most one page, and the inbox's
 * unique keys make the repeat harmless: every order, review and tracking event is stored once, whatever happens. An
 * order that cannot be taken in (malformed, or failing {@link ChannelOrderCheck}) is kept with its reason as a
 * {@link RejectedOrder} and counted on the feed's {@link PullStatus}; the feed goes on.
 */
@Component
public class ChannelPulls {

    private static final Logger log = LoggerFactory.getLogger(ChannelPulls.class);
    private static final int MAX_PAGES_PER_RUN = 50;

    private final ChannelConnections connections;
    private final PullCursorRepository cursors;
    private final InboundOrders orders;
    private final InboundOrderRepository inbox;
    private final InboundTrackingRepository tracking;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ConnectionProperties.Pull settings;
    private final ChannelOrderCheck check;
    private final JsonMapper json;
    private final ClusterLock lock;

    ChannelPulls(
            ChannelConnections connections,
            PullCursorRepository cursors,
            InboundOrders orders,
            InboundOrderRepository inbox,
            InboundTrackingRepository tracking,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            ConnectionProperties properties,
            ChannelOrderCheck check,
            JsonMapper json,
            ClusterLock lock) {
        this.connections = connections;
        this.cursors = cursors;
        this.orders = orders;
        this.inbox = inbox;
        this.tracking = tracking;
        this.events = events;
        this.transactions = transactions;
        this.settings = properties.pull();
        this.check = check;
        this.json = json;
        this.lock = lock;
    }

    @Scheduled(
            fixedDelayString = "${storeops.channels.pull.interval-ms:5000}",
            initialDelayString = "${storeops.channels.pull.interval-ms:5000}")
    void pullAll() {
        if (!settings.enabled()) {
            return;
        }
        for (String channel : connections.connectedChannels()) {
            for (Stream stream : Stream.values()) {
                if (supports(channel, stream) && connections.allows(channel)) {
                    try {
                        pull(channel, stream);
                    } catch (ChannelException e) {
                        log.debug("Pulling {} of {} failed: {}", stream, channel, e.getMessage());
                    }
                }
            }
        }
    }

    private boolean supports(String channel, Stream stream) {
        return connections
                .adapter(channel)
                .map(a -> switch (stream) {
                    case ORDERS -> a.pullsOrders();
                    case REVIEWS -> a.pullsReviews();
                    case TRACKING -> a.pullsTracking();
                })
                .orElse(false);
    }

    /**
     * Reads the feed until it has nothing more (or a run's page limit); returns how many orders, reviews or tracking
     * events were new or changed. A failing call is recorded on the feed's status and thrown as
     * {@link ChannelException}. One feed is read by one instance at a time (a {@link ClusterLock} per channel × feed),
     * so instances sharing the database neither read the same pages twice nor move a cursor back.
     */
    public int pull(String channel, Stream stream) {
        return lock.runExclusively("channels.pull." + channel + "." + stream, () -> pullPages(channel, stream));
    }

    private int pullPages(String channel, Stream stream) {
        ChannelAdapter adapter = connections
                .adapter(channel)
                .orElseThrow(() -> new NotFoundException(ResourceKind.CONNECTED_CHANNEL, channel));
        int received = 0;
        for (int page = 0; page < MAX_PAGES_PER_RUN; page++) {
            String cursor = cursors.cursor(channel, stream).orElse(null);
            Page<?> read;
            try {
                read = switch (stream) {
                    case ORDERS -> adapter.pullOrders(cursor, settings.pageSize());
                    case REVIEWS -> adapter.pullReviews(cursor, settings.pageSize());
                    case TRACKING -> adapter.pullTracking(cursor, settings.pageSize());
                };
            } catch (RuntimeException e) {
                String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                transactions.executeWithoutResult(status ->
                        cursors.failed(channel, stream, error.length() > 500 ? error.substring(0, 500) : error));
                throw e instanceof ChannelException c
                        ? c
                        : new ChannelException(
                                Message.of(ChannelMessage.CHANNEL_FAILED, "channel", channel, "error", error), null);
            }
            Integer stored = transactions.execute(status -> storePage(channel, stream, read));
            received += stored == null ? 0 : stored;
            if (!read.hasMore() || read.items().isEmpty()) {
                break;
            }
        }
        return received;
    }

    /**
     * Stores one page and moves the cursor past it (in the caller's transaction); returns how many items were new or
     * changed. Orders that fail {@link ChannelOrderCheck} or could not be read are kept with their reason in the
     * rejected orders instead: they never reach the order module and never stop the feed.
     */
    int storePage(String channel, Stream stream, Page<?> read) {
        int fresh = 0;
        int rejected = 0;
        Set<String> knownChannels = stream == Stream.ORDERS ? check.knownChannels() : Set.of();
        for (RejectedOrder bad : read.rejected()) {
            reject(bad);
            rejected++;
        }
        for (Object item : read.items()) {
            boolean isNew;
            if (item instanceof ChannelOrder order) {
                var problems = check.problems(order, "", knownChannels);
                if (!problems.isEmpty()) {
                    reject(new RejectedOrder(
                            channel,
                            order.externalId(),
                            RejectedOrder.reason(problems),
                            json.writeValueAsString(order)));
                    rejected++;
                    continue;
                }
                isNew = orders.accept(order).isPresent();
            } else {
                isNew = switch (item) {
                    case ChannelReview review -> store(review);
                    case TrackingEvent event -> store(event);
                    default -> throw new IllegalStateException("Unexpected feed item " + item);
                };
            }
            if (isNew) {
                fresh++;
            }
        }
        cursors.advance(channel, stream, read.nextCursor(), fresh, rejected);
        return fresh;
    }

    private void reject(RejectedOrder bad) {
        log.warn(
                "Rejected order {} of {}: {}",
                bad.externalId(),
                bad.channel(),
                MessageTexts.loaded().text(bad.reason(), Locale.ENGLISH));
        inbox.reject(bad.channel(), bad.externalId(), bad.reason(), bad.payload());
    }

    private boolean store(TrackingEvent event) {
        var id = tracking.insert(event);
        id.ifPresent(inboxId -> events.publishEvent(new TrackingEventReceived(
                event.channel(),
                event.externalId(),
                inboxId,
                event.trackingNo(),
                event.orderExternalId(),
                event.status(),
                event.location(),
                event.description(),
                event.occurredAt())));
        return id.isPresent();
    }

    private boolean store(ChannelReview review) {
        var id = inbox.insertReview(
                review.channel(),
                review.externalId(),
                review.orderExternalId(),
                review.skuCode(),
                review.rating(),
                review.content(),
                review.createdAt());
        id.ifPresent(inboxId -> events.publishEvent(new ChannelReviewReceived(
                review.channel(), review.externalId(), inboxId, review.skuCode(), review.rating())));
        return id.isPresent();
    }
}
