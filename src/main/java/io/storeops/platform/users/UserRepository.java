package io.storeops.platform.users;

import io.storeops.platform.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String COLUMNS =
            "id, username, display_name, password_hash, roles, enabled, security_stamp, created_at, updated_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from platform.users").query(Long.class).single();
    }

    List<UserAccount> findAll() {
        return jdbc.sql("select " + COLUMNS + " from platform.users order by username")
                .query(UserRepository::account)
                .list();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform.users where id = ?")
                .param(id)
                .query(UserRepository::account)
                .optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from platform.users where lower(username) = lower(?)")
                .param(username)
                .query(UserRepository::account)
                .optional();
    }

    boolean existsByUsername(String username) {
        return jdbc.sql("select exists(select 1 from platform.users where lower(username) = lower(?))")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    long insert(String username, String displayName, String passwordHash, Set<Role> roles) {
        return jdbc.sql("""
                        insert into platform.users (username, display_name, password_hash, roles)
                        values (?, ?, ?, ?) returning id""")
                .params(username, displayName, passwordHash, roleNames(roles))
                .query(Long.class)
                .single();
    }

    /** Changes a user; a change of roles or enabled flag bumps the security stamp, ending the user's sessions. */
    void update(long id, String displayName, Set<Role> roles, boolean enabled) {
        String[] names = roleNames(roles);
        jdbc.sql("""
                        update platform.users
                        set display_name = ?, roles = ?, enabled = ?, updated_at = now(),
                            security_stamp = security_stamp
                                + case when roles is distinct from ?::text[] or enabled <> ? then 1 else 0 end
                        where id = ?""").params(displayName, names, enabled, names, enabled, id).update();
    }

    /** Sets a new password and bumps the security stamp, ending the user's sessions. */
    void updatePassword(long id, String passwordHash) {
        jdbc.sql("""
                        update platform.users
                        set password_hash = ?, updated_at = now(), security_stamp = security_stamp + 1
                        where id = ?""").params(passwordHash, id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from platform.users where id = ?").param(id).update();
    }

    long countEnabledAdmins() {
        return jdbc.sql("select count(*) from platform.users where enabled and 'ADMIN' = any(roles)")
                .query(Long.class)
                .single();
    }

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                roles(rs.getArray("roles")),
                rs.getBoolean("enabled"),
                rs.getLong("security_stamp"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        var names = (String[]) array.getArray();
        return names.length == 0
                ? EnumSet.noneOf(Role.class)
                : Arrays.stream(names)
                        .map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
