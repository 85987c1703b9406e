package io.storeops.platform;

import io.storeops.platform.notifications.NotificationOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification centre's way out (F11.2): a notification is written to an outbox in the caller's transaction and
 * delivered to the merchant's webhook ({@code STOREOPS_NOTIFY_WEBHOOK_URL}, signed with
 * {@code STOREOPS_NOTIFY_WEBHOOK_SECRET} like every StoreOps webhook) with retries; nothing is written when no webhook
 * is configured.
 */
@Service
public class Notifications {

    private final NotificationOutbox outbox;

    Notifications(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(String topic, Object payload) {
        outbox.add(topic, payload);
    }
}
