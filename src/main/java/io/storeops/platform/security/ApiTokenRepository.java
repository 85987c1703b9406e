package io.storeops.platform.security;

import io.storeops.platform.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private static final String COLUMNS =
            "id, name, role, token_prefix, created_by, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, Role role, String prefix, String hash, String createdBy) {
        return jdbc.sql("""
                        insert into platform.api_tokens (name, role, token_prefix, token_hash, created_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(name, role.name(), prefix, hash, createdBy)
                .query(Long.class)
                .single();
    }

    List<ApiToken> findAll() {
        return jdbc.sql("select " + COLUMNS + " from platform.api_tokens order by created_at desc, id desc")
                .query(ApiTokenRepository::token)
                .list();
    }

    Optional<ApiToken> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform.api_tokens where id = ?")
                .param(id)
                .query(ApiTokenRepository::token)
                .optional();
    }

    /** The unrevoked token with this hash whose owner (the user who created it) still exists and is enabled. */
    Optional<ApiToken> findActiveByHash(String hash) {
        return jdbc.sql("select " + COLUMNS + """
                         from platform.api_tokens t
                        where token_hash = ? and revoked_at is null
                          and exists(select 1 from platform.users u
                                     where lower(u.username) = lower(t.created_by) and u.enabled)""")
                .param(hash)
                .query(ApiTokenRepository::token)
                .optional();
    }

    void markUsed(long id) {
        jdbc.sql("""
                        update platform.api_tokens set last_used_at = now()
                        where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param(id).update();
    }

    void revoke(long id) {
        jdbc.sql("update platform.api_tokens set revoked_at = now() where id = ? and revoked_at is null")
                .param(id)
                .update();
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("token_prefix"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    /** An integration's token as listed to admins: never the secret itself, only its first characters. */
    record ApiToken(
            long id,
            String name,
            Role role,
            String prefix,
            String createdBy,
            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt) {}
}
