package io.storeops.channels.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.storeops.channels.ChannelAdapter;
import io.storeops.channels.ChannelException;
import io.storeops.channels.ChannelMessage;
import io.storeops.platform.WebhookSignature;
import io.storeops.shared.Message;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes stock, shipments and refunds to a merchant's own endpoint as signed JSON (F3.3): stock as
 * {@code {"channel","items"}}, shipments as {@code {"type":"shipment","channel","orderExternalId","shipmentId",
 * "carrier","trackingNo","lines"}}, refunds as {@code {"type":"refund","channel","orderExternalId","refundId","amount",
 * "reason"}}. The endpoint cannot be asked for its stock and has no tracking feed.
 */
final class WebhookChannelAdapter implements ChannelAdapter {

    private final ConnectionProperties.Webhook webhook;
    private final Supplier<String> serverBase;
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final RateLimiter rateLimiter;

    WebhookChannelAdapter(
            ConnectionProperties.Webhook webhook,
            Supplier<String> serverBase,
            JsonMapper json,
            Clock clock,
            RateLimiter rateLimiter) {
        this.webhook = webhook;
        this.serverBase = serverBase;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(webhook.timeout()).build();
        this.rateLimiter = rateLimiter;
    }

    @Override
    public String channel() {
        return webhook.channel();
    }

    @Override
    public List<StockPush> pushStock(List<StockPush> pushes) {
        post(json.writeValueAsBytes(Map.of("channel", channel(), "items", pushes)));
        return List.of();
    }

    @Override
    public boolean pushesShipments() {
        return true;
    }

    @Override
    public void pushShipment(ShipmentPush push) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "shipment");
        body.put("channel", channel());
        body.put("orderExternalId", push.orderExternalId());
        body.put("shipmentId", push.shipmentId());
        body.put("carrier", push.carrier());
        body.put("trackingNo", push.trackingNo());
        body.put("lines", push.lines());
        post(json.writeValueAsBytes(body));
    }

    @Override
    public boolean pushesRefunds() {
        return true;
    }

    @Override
    public void pushRefund(RefundPush push) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "refund");
        body.put("channel", channel());
        body.put("orderExternalId", push.orderExternalId());
        body.put("refundId", push.refundId());
        body.put("amount", push.amount().amount().toPlainString());
        body.put("reason", push.reason());
        post(json.writeValueAsBytes(body));
    }

    /** POSTs a signed body to the push URL; anything but 2xx is a {@link ChannelException} with the status. */
    private void post(byte[] body) {
        ChannelResilience.pace(rateLimiter, channel());
        String timestamp = Long.toString(clock.millis());
        String url = webhook.pushUrl().startsWith("/") ? serverBase.get() + webhook.pushUrl() : webhook.pushUrl();
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(webhook.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(webhook.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new ChannelException(
                        Message.of(
                                ChannelMessage.WEBHOOK_ANSWERED, "channel", channel(), "status", response.statusCode()),
                        null,
                        response.statusCode());
            }
        } catch (IOException e) {
            throw new ChannelException(
                    Message.of(
                            ChannelMessage.WEBHOOK_UNREACHABLE,
                            "channel",
                            channel(),
                            "error",
                            e.getClass().getSimpleName()),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(Message.of(ChannelMessage.CHANNEL_INTERRUPTED, "channel", channel()), null);
        }
    }

    @Override
    public boolean readsStock() {
        return false;
    }

    @Override
    public List<StockPush> readStock(List<String> skuCodes) {
        throw new UnsupportedOperationException("A webhook channel cannot be asked for its stock");
    }
}
