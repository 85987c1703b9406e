package io.storeops.inventory.internal;

import io.storeops.inventory.ChannelAllocation;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AllocationRepository {

    private final JdbcClient jdbc;

    AllocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ChannelAllocation> findAll() {
        return jdbc.sql("select channel_code, mode, value from inventory.channel_allocations order by channel_code")
                .query((rs, n) -> new ChannelAllocation(
                        rs.getString("channel_code"),
                        ChannelAllocation.Mode.valueOf(rs.getString("mode")),
                        rs.getBigDecimal("value")))
                .list();
    }

    public void save(ChannelAllocation allocation) {
        jdbc.sql("""
                        insert into inventory.channel_allocations (channel_code, mode, value) values (?, ?, ?)
                        on conflict (channel_code) do update set mode = excluded.mode, value = excluded.value,
                            updated_at = now()""")
                .params(allocation.channel(), allocation.mode().name(), allocation.value())
                .update();
    }
}
