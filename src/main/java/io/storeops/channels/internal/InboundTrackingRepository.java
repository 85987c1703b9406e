package io.storeops.channels.internal;

import io.storeops.channels.TrackingEvent;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox of carrier tracking events pulled from channels, one row per channel and external event id. */
@Repository
public class InboundTrackingRepository {

    private final JdbcClient jdbc;

    InboundTrackingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an event unless the channel delivered it before; returns the new row's id. */
    public Optional<Long> insert(TrackingEvent event) {
        return jdbc.sql("""
                        insert into channels.inbound_tracking (channel_code, external_id, tracking_no, carrier,
                          order_external_id, status, location, description, occurred_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (channel_code, external_id) do nothing
                        returning id""")
                .params(
                        event.channel(),
                        event.externalId(),
                        event.trackingNo(),
                        event.carrier(),
                        event.orderExternalId(),
                        event.status(),
                        event.location(),
                        event.description(),
                        event.occurredAt() == null ? null : Timestamp.from(event.occurredAt()))
                .query(Long.class)
                .optional();
    }
}
