package io.storeops.inventory.internal;

import io.storeops.inventory.WarehouseView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class WarehouseRepository {

    private final JdbcClient jdbc;

    WarehouseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WarehouseView> findAll() {
        return jdbc.sql("select * from inventory.warehouses order by priority, code")
                .query(WarehouseRepository::view)
                .list();
    }

    public Optional<WarehouseView> findByCode(String code) {
        return jdbc.sql("select * from inventory.warehouses where code = ?")
                .param(code)
                .query(WarehouseRepository::view)
                .optional();
    }

    public long insert(String code, String name, String province, int priority) {
        return jdbc.sql(
                        "insert into inventory.warehouses (code, name, province, priority) values (?, ?, ?, ?) returning id")
                .params(code, name, province, priority)
                .query(Long.class)
                .single();
    }

    public void update(String code, String name, String province, int priority, boolean active) {
        jdbc.sql("update inventory.warehouses set name = ?, province = ?, priority = ?, active = ? where code = ?")
                .params(name, province, priority, active, code)
                .update();
    }

    private static WarehouseView view(ResultSet rs, int n) throws SQLException {
        return new WarehouseView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("province"),
                rs.getInt("priority"),
                rs.getBoolean("active"));
    }
}
