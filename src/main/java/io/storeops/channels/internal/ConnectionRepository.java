package io.storeops.channels.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Marketplace connections set up in the console, with the app secret encrypted. */
@Repository
public class ConnectionRepository {

    private static final RowMapper<Stored> ROW = (rs, n) -> new Stored(
            rs.getString("channel_code"),
            rs.getString("shop"),
            rs.getString("base_url"),
            rs.getString("app_key"),
            rs.getString("secret_cipher"),
            rs.getString("secret_hint"),
            rs.getInt("rate_limit_per_second"),
            rs.getInt("timeout_ms"),
            rs.getInt("version"),
            rs.getTimestamp("updated_at").toInstant(),
            rs.getString("updated_by"));

    private final JdbcClient jdbc;

    ConnectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Stored> findAll() {
        return jdbc.sql("select * from channels.connections order by channel_code")
                .query(ROW)
                .list();
    }

    public Optional<Stored> find(String channel) {
        return jdbc.sql("select * from channels.connections where channel_code = ?")
                .param(channel)
                .query(ROW)
                .optional();
    }

    public void insert(Stored c) {
        jdbc.sql("""
                        insert into channels.connections (channel_code, shop, base_url, app_key, secret_cipher,
                          secret_hint, rate_limit_per_second, timeout_ms, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.channel(),
                        c.shop(),
                        c.baseUrl(),
                        c.appKey(),
                        c.secretCipher(),
                        c.secretHint(),
                        c.rateLimitPerSecond(),
                        c.timeoutMs(),
                        c.updatedBy())
                .update();
    }

    /** Updates when the version still matches; false when someone else changed it first. */
    public boolean update(Stored c, int expectedVersion) {
        return jdbc.sql("""
                                update channels.connections set shop = ?, base_url = ?, app_key = ?, secret_cipher = ?,
                                  secret_hint = ?, rate_limit_per_second = ?, timeout_ms = ?, updated_by = ?,
                                  updated_at = now(), version = version + 1
                                where channel_code = ? and version = ?""")
                        .params(
                                c.shop(),
                                c.baseUrl(),
                                c.appKey(),
                                c.secretCipher(),
                                c.secretHint(),
                                c.rateLimitPerSecond(),
                                c.timeoutMs(),
                                c.updatedBy(),
                                c.channel(),
                                expectedVersion)
                        .update()
                == 1;
    }

    /**
     * A fingerprint of every stored connection (how many, their versions, the last change): it differs as soon as any
     * instance saved or removed one, so the others know to load them again.
     */
    public String fingerprint() {
        return jdbc.sql("""
                        select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '')
                        from channels.connections""").query(String.class).single();
    }

    public boolean delete(String channel) {
        return jdbc.sql("delete from channels.connections where channel_code = ?")
                        .param(channel)
                        .update()
                == 1;
    }

    /** One stored connection; {@code secretCipher} is the encrypted app secret, {@code secretHint} its last 4. */
    public record Stored(
            String channel,
            String shop,
            String baseUrl,
            String appKey,
            String secretCipher,
            String secretHint,
            int rateLimitPerSecond,
            int timeoutMs,
            int version,
            Instant updatedAt,
            String updatedBy) {}
}
