package io.storeops.platform.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where notifications go: a webhook URL (a path starting with {@code /} is on this server) and its signing secret,
 * both from the environment. Without both, notifications are not queued.
 */
@ConfigurationProperties("storeops.platform.notifications")
public record NotificationProperties(
        String webhookUrl,
        String webhookSecret,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("1000") long intervalMs) {

    public boolean configured() {
        return webhookUrl != null && !webhookUrl.isBlank() && webhookSecret != null && !webhookSecret.isBlank();
    }
}
