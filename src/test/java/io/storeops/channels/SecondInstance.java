package io.storeops.channels;

import com.zaxxer.hikari.HikariDataSource;
import io.storeops.StoreOpsApplication;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second StoreOps instance in the same JVM: the test profile on a random port, connected to the database of the
 * shared test context (so nothing is embedded, migrated afresh or seeded), its TMALL channel connected to the
 * simulated marketplace of the first instance (it runs none of its own), and pulling every 300 ms.
 */
final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static SecondInstance start(DataSource first, int firstPort) throws SQLException {
        HikariDataSource database = first.unwrap(HikariDataSource.class);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--storeops.database.url=" + database.getJdbcUrl(),
                "--storeops.database.username=" + database.getUsername(),
                "--storeops.database.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "--storeops.demo.mode=never",
                "--storeops.marketplace.enabled=false",
                "--storeops.channels.pull.interval-ms=300",
                // a list is replaced as a whole: the same TMALL connection as the test profile's, at the first server
                "--storeops.channels.connections[0].channel=TMALL",
                "--storeops.channels.connections[0].base-url=http://localhost:" + firstPort,
                "--storeops.channels.connections[0].shop=" + StockSyncTest.SHOP,
                "--storeops.channels.connections[0].app-key=sim-sync-app",
                "--storeops.channels.connections[0].app-secret=test-only-sync-secret",
                "--storeops.channels.connections[0].timeout=3s",
                "--storeops.channels.connections[0].rate-limit-per-second=2000"));
        var context = new SpringApplicationBuilder(StoreOpsApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
        return new SecondInstance(context);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
