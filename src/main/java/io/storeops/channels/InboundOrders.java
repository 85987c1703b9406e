package io.storeops.channels;

import io.storeops.channels.internal.ConnectionProperties;
import io.storeops.channels.internal.InboundOrderRepository;
import io.storeops.channels.internal.OrderJson;
import io.storeops.platform.WebhookSignature;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbox of channel orders (F3.1, F3.3). Webhook channels send them authenticated by an HMAC signature over
 * timestamp and body, refused when older than 5 minutes, and answered 400 when they fail {@link ChannelOrderCheck};
 * marketplace orders come from {@link ChannelPulls}. Either way
 * an order is normalised to {@link ChannelOrder}, stored once per channel and external id (a repeated delivery is
 * acknowledged, not stored again; a changed one becomes the next revision) and announced with
 * {@link ChannelOrderReceived}.
 */
@Service
public class InboundOrders {

    private final ConnectionProperties properties;
    private final InboundOrderRepository inbox;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ChannelOrderCheck check;

    InboundOrders(
            ConnectionProperties properties,
            InboundOrderRepository inbox,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock,
            ChannelOrderCheck check) {
        this.check = check;
        this.properties = properties;
        this.inbox = inbox;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Accepts a signed order: new, a new state of an order delivered before (e.g. cancelled), or a repeated delivery.
     */
    @Transactional
    public Outcome receive(String channel, String timestamp, String signature, byte[] bytes) {
        var webhook = properties.webhooks().stream()
                .filter(w -> w.configured() && w.channel().equals(channel))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ResourceKind.WEBHOOK_CHANNEL, channel));
        Message problem = WebhookSignature.problem(webhook.secret(), timestamp, signature, bytes, clock.instant());
        if (problem != null) {
            throw new SignatureRejectedException(problem);
        }
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (RuntimeException e) {
            throw new FieldErrorException("body", Message.of(ChannelMessage.BODY_NOT_JSON));
        }
        if (body == null || !body.isObject()) {
            throw new FieldErrorException("body", Message.of(ChannelMessage.BODY_NOT_OBJECT));
        }
        ChannelOrder order;
        try {
            order = OrderJson.WEBHOOK.read(channel, body);
        } catch (OrderJson.Invalid e) {
            throw new FieldErrorException(e.field(), e.problem());
        }
        var problems = check.problems(order, "");
        if (!problems.isEmpty()) {
            throw new FieldErrorException(problems);
        }
        return accept(order)
                .map(received -> received.revision() == 1 ? Outcome.ACCEPTED : Outcome.UPDATED)
                .orElse(Outcome.DUPLICATE);
    }

    /**
     * Stores an order a channel delivered, or its new state; announces it with {@link ChannelOrderReceived} unless
     * exactly this was delivered before. Runs in the caller's transaction.
     */
    @Transactional
    public Optional<ChannelOrderReceived> accept(ChannelOrder order) {
        Optional<ChannelOrderReceived> received = inbox.upsert(
                        order.channel(), order.externalId(), order.status().name(), json.writeValueAsString(order))
                .map(stored -> new ChannelOrderReceived(
                        order.channel(), order.externalId(), stored.id(), stored.revision(), order));
        received.ifPresent(events::publishEvent);
        return received;
    }

    /** What became of a delivered order. */
    public enum Outcome {
        ACCEPTED,
        UPDATED,
        DUPLICATE
    }

    /** The signature or timestamp of a webhook call is wrong. */
    public static class SignatureRejectedException extends RuntimeException {

        private final Message reason;

        SignatureRejectedException(Message reason) {
            super(reason.toString());
            this.reason = reason;
        }

        /** Why, for the caller. */
        public Message reason() {
            return reason;
        }
    }
}
