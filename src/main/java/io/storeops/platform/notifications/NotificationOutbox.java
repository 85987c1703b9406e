package io.storeops.platform.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Notifications waiting for delivery, claimed with a lease so that a crashed delivery is retried. */
@Repository
public class NotificationOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final NotificationProperties properties;

    NotificationOutbox(JdbcClient jdbc, JsonMapper json, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
    }

    public void add(String topic, Object payload) {
        if (!properties.configured()) {
            return;
        }
        jdbc.sql("insert into platform.notification_outbox (topic, payload) values (?, cast(? as jsonb))")
                .params(topic, json.writeValueAsString(payload))
                .update();
    }

    List<Pending> claimDue(int limit, Duration lease) {
        return jdbc.sql("""
                        update platform.notification_outbox o set next_attempt_at = now() + cast(? as interval)
                        from (select id from platform.notification_outbox
                              where delivered_at is null and next_attempt_at <= now()
                              order by id limit ? for update skip locked) due
                        where o.id = due.id
                        returning o.id, o.topic, o.payload::text as payload, o.attempts""")
                .params(lease.toMillis() + " milliseconds", limit)
                .query((rs, n) -> new Pending(
                        rs.getLong("id"), rs.getString("topic"), rs.getString("payload"), rs.getInt("attempts")))
                .list();
    }

    void delivered(long id) {
        jdbc.sql("update platform.notification_outbox set delivered_at = now(), last_error = null where id = ?")
                .param(id)
                .update();
    }

    void failed(long id, String error, Instant next) {
        jdbc.sql("""
                        update platform.notification_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?
                        where id = ?""")
                .params(error.length() > 500 ? error.substring(0, 500) : error, Timestamp.from(next), id)
                .update();
    }

    record Pending(long id, String topic, String payloadJson, int attempts) {}
}
