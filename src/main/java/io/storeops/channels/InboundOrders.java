package io.storeops.channels;

import io.storeops.channels.internal.ConnectionProperties;
import io.storeops.channels.internal.InboundOrderRepository;
import io.storeops.platform.WebhookSignature;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.NotFoundException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders sent by webhook channels (F3.3): authenticated by an HMAC signature over timestamp and body, refused when
 * older than 5 minutes, stored once per channel and external id (a repeated delivery is acknowledged, not stored
 * again), and announced with {@link ChannelOrderReceived}.
 */
@Service
public class InboundOrders {

    private final ConnectionProperties properties;
    private final InboundOrderRepository inbox;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InboundOrders(
            ConnectionProperties properties,
            InboundOrderRepository inbox,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.properties = properties;
        this.inbox = inbox;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Accepts a signed order; returns true when it is new, false for a repeated delivery. */
    @Transactional
    public boolean receive(String channel, String timestamp, String signature, byte[] body) {
        var webhook = properties.webhooks().stream()
                .filter(w -> w.configured() && w.channel().equals(channel))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Webhook channel", channel));
        String problem = WebhookSignature.problem(webhook.secret(), timestamp, signature, body, clock.instant());
        if (problem != null) {
            throw new SignatureRejectedException(problem);
        }
        JsonNode order;
        try {
            order = json.readTree(body);
        } catch (RuntimeException e) {
            throw new FieldErrorException("body", "请求体不是合法的 JSON / the body is not valid JSON");
        }
        String externalId =
                text(order, "externalId").orElseThrow(() -> new FieldErrorException("externalId", "必填 / required"));
        JsonNode lines = order.get("lines");
        if (lines == null || !lines.isArray() || lines.isEmpty()) {
            throw new FieldErrorException("lines", "至少一行 / at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            if (text(line, "skuCode").isEmpty()) {
                throw new FieldErrorException("lines[" + i + "].skuCode", "必填 / required");
            }
            if (line.get("quantity") == null
                    || !line.get("quantity").canConvertToInt()
                    || line.get("quantity").asInt() <= 0) {
                throw new FieldErrorException("lines[" + i + "].quantity", "须为正整数 / must be a positive whole number");
            }
        }
        Optional<Long> id = inbox.insert(channel, externalId, json.writeValueAsString(order));
        id.ifPresent(inboxId -> events.publishEvent(new ChannelOrderReceived(channel, externalId, inboxId)));
        return id.isPresent();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isString() || value.asString().isBlank()
                ? Optional.empty()
                : Optional.of(value.asString());
    }

    /** The signature or timestamp of a webhook call is wrong. */
    public static class SignatureRejectedException extends RuntimeException {
        SignatureRejectedException(String reason) {
            super(reason);
        }
    }
}
