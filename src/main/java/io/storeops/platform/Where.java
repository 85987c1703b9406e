package io.storeops.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The where clause of a filtered list, built from the filters a request sets, with its positional parameters in
 * order; hand both to {@link Paging#page}. Without any condition it matches every row.
 */
public final class Where {

    private final StringBuilder sql = new StringBuilder(" where true");
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code and condition}; {@code params} fill its {@code ?} in order (nulls allowed). */
    public Where and(String condition, Object... params) {
        sql.append(" and ").append(condition);
        Collections.addAll(this.params, params);
        return this;
    }

    /** The clause, starting with {@code " where"}. */
    public String sql() {
        return sql.toString();
    }

    /** The parameters of the clause, in the order of its {@code ?}. */
    public List<Object> params() {
        return Collections.unmodifiableList(params);
    }

    /** The parameters of the clause followed by {@code more} (e.g. a limit). */
    public List<Object> paramsAnd(Object... more) {
        List<Object> all = new ArrayList<>(params);
        Collections.addAll(all, more);
        return all;
    }

    /** An {@code ilike} pattern matching any text containing {@code text}, whose {@code %}, {@code _}, {@code \} match themselves. */
    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    /** A {@code like} pattern matching any text starting with {@code text}, whose {@code %}, {@code _}, {@code \} match themselves. */
    public static String startingWith(String text) {
        return escaped(text) + "%";
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public String toString() {
        return sql();
    }
}
