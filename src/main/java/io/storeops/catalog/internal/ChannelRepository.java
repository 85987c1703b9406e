package io.storeops.catalog.internal;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.ChannelView;
import io.storeops.catalog.TitleCounting;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ChannelRepository {

    private final JdbcClient jdbc;

    ChannelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ChannelView> findAll() {
        return jdbc.sql("select * from catalog.channels order by position, code")
                .query(ChannelRepository::view)
                .list();
    }

    public Optional<ChannelView> find(String code) {
        return jdbc.sql("select * from catalog.channels where code = ?")
                .param(code)
                .query(ChannelRepository::view)
                .optional();
    }

    public void insert(String code, String name, ChannelRules rules) {
        jdbc.sql("""
                        insert into catalog.channels (code, name, title_counting, max_title_units, min_title_units,
                            min_images, min_margin_percent, require_detail, forbidden_words, position)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from catalog.channels))""")
                .params(
                        code,
                        name,
                        rules.titleCounting().name(),
                        rules.maxTitleUnits(),
                        rules.minTitleUnits(),
                        rules.minImages(),
                        rules.minMarginPercent(),
                        rules.requireDetail(),
                        rules.forbiddenWords().toArray(String[]::new))
                .update();
    }

    public void update(String code, String name, boolean enabled, ChannelRules rules) {
        jdbc.sql("""
                        update catalog.channels set name = ?, enabled = ?, title_counting = ?, max_title_units = ?,
                            min_title_units = ?, min_images = ?, min_margin_percent = ?, require_detail = ?,
                            forbidden_words = ?
                        where code = ?""")
                .params(
                        name,
                        enabled,
                        rules.titleCounting().name(),
                        rules.maxTitleUnits(),
                        rules.minTitleUnits(),
                        rules.minImages(),
                        rules.minMarginPercent(),
                        rules.requireDetail(),
                        rules.forbiddenWords().toArray(String[]::new),
                        code)
                .update();
    }

    private static ChannelView view(ResultSet rs, int n) throws SQLException {
        var rules = new ChannelRules(
                TitleCounting.valueOf(rs.getString("title_counting")),
                rs.getInt("max_title_units"),
                rs.getInt("min_title_units"),
                rs.getInt("min_images"),
                rs.getBigDecimal("min_margin_percent"),
                rs.getBoolean("require_detail"),
                JsonColumns.strings(rs.getArray("forbidden_words")));
        return new ChannelView(rs.getString("code"), rs.getString("name"), rs.getBoolean("enabled"), rules);
    }
}
