package io.storeops.platform;

import io.storeops.shared.PageResult;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One page of a filtered list: a count over the same filter, then the rows of the page. The one paging helper of all modules. */
public final class Paging {

    private Paging() {}

    /**
     * @param count {@code select count(*) from … where …}
     * @param select {@code select … from … where … order by …}, to which {@code limit ? offset ?} is appended
     * @param params the filter's parameters, used by both statements (nulls allowed)
     */
    public static <T> PageResult<T> page(
            JdbcClient jdbc, String count, String select, List<?> params, RowMapper<T> rows, int page, int size) {
        long total = jdbc.sql(count).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        return new PageResult<>(
                jdbc.sql(select + " limit ? offset ?")
                        .params(pageParams)
                        .query(rows)
                        .list(),
                total,
                page,
                size);
    }
}
