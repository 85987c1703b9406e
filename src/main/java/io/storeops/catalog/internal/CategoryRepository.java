package io.storeops.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CategoryRepository {

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CategoryRow> findAll() {
        return jdbc.sql("select * from catalog.categories order by position, id")
                .query(CategoryRepository::row)
                .list();
    }

    public Optional<CategoryRow> find(long id) {
        return jdbc.sql("select * from catalog.categories where id = ?")
                .param(id)
                .query(CategoryRepository::row)
                .optional();
    }

    public Optional<CategoryRow> findByCode(String code) {
        return jdbc.sql("select * from catalog.categories where code = ?")
                .param(code)
                .query(CategoryRepository::row)
                .optional();
    }

    public long insert(String code, String nameZh, String nameEn, Long parentId, List<String> requiredAttributes) {
        return jdbc.sql("""
                        insert into catalog.categories (code, name_zh, name_en, parent_id, required_attributes, position)
                        values (?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from catalog.categories))
                        returning id""")
                .params(code, nameZh, nameEn, parentId, requiredAttributes.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    public void update(long id, String nameZh, String nameEn, List<String> requiredAttributes) {
        jdbc.sql("update catalog.categories set name_zh = ?, name_en = ?, required_attributes = ? where id = ?")
                .params(nameZh, nameEn, requiredAttributes.toArray(String[]::new), id)
                .update();
    }

    /** The attributes required by the category and by all its ancestors. */
    public List<String> requiredAttributes(long categoryId) {
        List<String> attributes =
                jdbc.sql("""
                        with recursive chain as (
                            select id, parent_id, required_attributes, 0 as depth from catalog.categories where id = ?
                            union all
                            select c.id, c.parent_id, c.required_attributes, chain.depth + 1
                            from catalog.categories c join chain on c.id = chain.parent_id)
                        select unnest(required_attributes) from chain order by depth desc""").param(categoryId).query(String.class).list();
        return new ArrayList<>(new LinkedHashSet<>(attributes));
    }

    /** The category and all categories below it. */
    public List<Long> withDescendants(long categoryId) {
        return jdbc.sql("""
                        with recursive tree as (
                            select id from catalog.categories where id = ?
                            union all
                            select c.id from catalog.categories c join tree on c.parent_id = tree.id)
                        select id from tree""").param(categoryId).query(Long.class).list();
    }

    private static CategoryRow row(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new CategoryRow(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                parentId,
                JsonColumns.strings(rs.getArray("required_attributes")));
    }

    public record CategoryRow(
            long id, String code, String nameZh, String nameEn, Long parentId, List<String> requiredAttributes) {}
}
