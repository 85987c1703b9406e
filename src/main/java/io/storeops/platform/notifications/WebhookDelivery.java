package io.storeops.platform.notifications;

import io.storeops.platform.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued notifications as signed JSON {@code {"topic", "payload"}} to the configured webhook, retrying
 * failures with exponential back-off and jitter (1 s doubling up to 10 minutes).
 */
@Component
class WebhookDelivery {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private final NotificationOutbox outbox;
    private final NotificationProperties properties;
    private final Environment environment;
    private final Clock clock;
    private final HttpClient http;

    WebhookDelivery(
            NotificationOutbox outbox, NotificationProperties properties, Environment environment, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Scheduled(fixedDelayString = "${storeops.platform.notifications.interval-ms:1000}")
    void deliver() {
        if (!properties.configured()) {
            return;
        }
        for (var pending : outbox.claimDue(50, LEASE)) {
            try {
                send(pending);
                outbox.delivered(pending.id());
            } catch (IOException | RuntimeException e) {
                long backoff = Math.min(600_000L, 1000L << Math.min(pending.attempts(), 20));
                long jittered =
                        (long) (backoff * (0.5 + ThreadLocalRandom.current().nextDouble() / 2));
                outbox.failed(
                        pending.id(),
                        e.getClass().getSimpleName() + ": " + e.getMessage(),
                        clock.instant().plusMillis(jittered));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void send(NotificationOutbox.Pending pending) throws IOException, InterruptedException {
        byte[] body = ("{\"id\":" + pending.id() + ",\"topic\":\"" + pending.topic() + "\",\"payload\":"
                        + pending.payloadJson() + "}")
                .getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.millis());
        var request = HttpRequest.newBuilder(URI.create(url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(
                        WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(properties.webhookSecret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("webhook answered " + response.statusCode());
        }
    }

    private String url() {
        String url = properties.webhookUrl();
        return url.startsWith("/")
                ? "http://localhost:"
                        + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                        + url
                : url;
    }
}
