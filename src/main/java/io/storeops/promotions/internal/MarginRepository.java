package io.storeops.promotions.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Minimum margins per category; the row {@value #DEFAULT} holds the default for every other category. */
@Repository
public class MarginRepository {

    public static final String DEFAULT = "*";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MarginRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Category code (or {@value #DEFAULT}) → minimum margin as a fraction. */
    public Map<String, BigDecimal> all() {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        jdbc.sql("select category_code, min_margin from promotions.category_margins order by category_code")
                .query(rs -> {
                    result.put(rs.getString("category_code"), rs.getBigDecimal("min_margin"));
                });
        return result;
    }

    /** Replaces every margin with the given ones. */
    public void replaceAll(Map<String, BigDecimal> margins) {
        jdbc.sql("delete from promotions.category_margins").update();
        batch.batchUpdate(
                "insert into promotions.category_margins (category_code, min_margin) values (?, ?)",
                margins.entrySet(),
                margins.size(),
                (statement, margin) -> {
                    statement.setString(1, margin.getKey());
                    statement.setBigDecimal(2, margin.getValue());
                });
    }
}
