package io.storeops.catalog.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BrandRepository {

    private final JdbcClient jdbc;

    BrandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the brand with this name, created on first use. */
    public Long idFor(String name) {
        if (name == null) {
            return null;
        }
        return jdbc.sql("""
                        with inserted as (
                            insert into catalog.brands (name) values (?) on conflict (name) do nothing returning id)
                        select id from inserted union all select id from catalog.brands where name = ? limit 1""").params(name, name).query(Long.class).single();
    }

    public List<BrandRow> findAll() {
        return jdbc.sql("select id, name from catalog.brands order by name")
                .query((rs, n) -> new BrandRow(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    public record BrandRow(long id, String name) {}
}
