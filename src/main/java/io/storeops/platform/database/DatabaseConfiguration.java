package io.storeops.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The one data source of the application: embedded PostgreSQL by default, an external one when configured. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties.embedded());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, Optional<EmbeddedPostgresServer> embedded) {
        var config = new HikariConfig();
        config.setPoolName("storeops");
        config.setMaximumPoolSize(properties.poolSize());
        // JDBC batches of inserts go to the server as multi-row inserts, not one statement each
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
        } else {
            config.setJdbcUrl(embedded.orElseThrow().jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean
    FlywayMigrationStrategy moduleMigrations() {
        return new ModuleMigrations();
    }
}
