package io.storeops.channels.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InboundOrderRepository {

    private final JdbcClient jdbc;

    InboundOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the order unless the channel already delivered this external id; returns the new row's id. */
    public Optional<Long> insert(String channel, String externalId, String payloadJson) {
        return jdbc.sql("""
                        insert into channels.inbound_orders (channel_code, external_id, payload)
                        values (?, ?, cast(? as jsonb)) on conflict (channel_code, external_id) do nothing
                        returning id""")
                .params(channel, externalId, payloadJson)
                .query(Long.class)
                .optional();
    }

    public long count(String channel, String externalId) {
        return jdbc.sql("select count(*) from channels.inbound_orders where channel_code = ? and external_id = ?")
                .params(channel, externalId)
                .query(Long.class)
                .single();
    }
}
