package io.storeops.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.postgresql.Driver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The one PostgreSQL server of a test run, shared by every Spring context in the JVM. Unless the test profile names an
 * external server ({@code STOREOPS_TEST_DB_URL}), the embedded server is started on first use with the test profile's
 * settings (data directory wiped) and stopped when the JVM ends, after every Spring context has closed. The whole
 * application ({@link Application}) uses the server's default database; module slices ({@link ModuleSlices}) use a
 * database of their own on the same server, so they neither see the demo store nor keep it from being seeded.
 */
public final class TestDatabase {

    static final String MODULE_SLICES_DATABASE = "storeops_modules";

    private static EmbeddedPostgresServer embedded;
    private static String moduleSlicesUrl;

    private TestDatabase() {}

    /** Points the whole application at the shared server, unless an external one is configured. */
    public static final class Application implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ConfigurableEnvironment environment = context.getEnvironment();
            if (configuredUrl(environment) == null) {
                use(environment, embeddedUrl(environment), "postgres", "");
            }
        }
    }

    /** Points a module slice at the module slices' database on the shared (or external) server, created once. */
    public static final class ModuleSlices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ConfigurableEnvironment environment = context.getEnvironment();
            String server = configuredUrl(environment);
            String username = server == null ? "postgres" : environment.getProperty("storeops.database.username", "");
            String password = server == null ? "" : environment.getProperty("storeops.database.password", "");
            String url = moduleSlicesUrl(server == null ? embeddedUrl(environment) : server, username, password);
            use(environment, url, username, password);
        }
    }

    private static String configuredUrl(ConfigurableEnvironment environment) {
        String url = environment.getProperty("storeops.database.url");
        return url == null || url.isBlank() ? null : url;
    }

    private static synchronized String embeddedUrl(ConfigurableEnvironment environment) {
        if (embedded == null) {
            DatabaseProperties.Embedded settings = Binder.get(environment)
                    .bindOrCreate("storeops.database.embedded", DatabaseProperties.Embedded.class);
            embedded = EmbeddedPostgresServer.start(settings);
            SpringApplication.getShutdownHandlers().add(TestDatabase::stopEmbedded);
        }
        return embedded.jdbcUrl();
    }

    private static synchronized void stopEmbedded() {
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String moduleSlicesUrl(String serverUrl, String username, String password) {
        if (moduleSlicesUrl == null) {
            createModuleSlicesDatabase(serverUrl, username, password);
            Properties parts = Driver.parseURL(serverUrl, null);
            if (parts == null) {
                throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + serverUrl);
            }
            moduleSlicesUrl = "jdbc:postgresql://%s:%s/%s"
                    .formatted(parts.getProperty("PGHOST"), parts.getProperty("PGPORT"), MODULE_SLICES_DATABASE);
        }
        return moduleSlicesUrl;
    }

    private static void createModuleSlicesDatabase(String serverUrl, String username, String password) {
        try (var connection = DriverManager.getConnection(serverUrl, username, password);
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, MODULE_SLICES_DATABASE);
            try (var found = exists.executeQuery()) {
                if (!found.next()) {
                    connection.createStatement().execute("create database " + MODULE_SLICES_DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Module slices need the database " + MODULE_SLICES_DATABASE + " next to " + serverUrl
                            + ": create it for user '" + username + "' or grant that user CREATEDB",
                    e);
        }
    }

    private static void use(ConfigurableEnvironment environment, String url, String username, String password) {
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "storeops-test-database",
                        Map.of(
                                "storeops.database.url", url,
                                "storeops.database.username", username,
                                "storeops.database.password", password)));
    }
}
