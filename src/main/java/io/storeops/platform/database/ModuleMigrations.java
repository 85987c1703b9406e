package io.storeops.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrates every module separately: the scripts in {@code db/migration/<module>/} go into the schema of that name,
 * with the module's own Flyway history table, so modules version their tables independently. The platform module
 * goes first, the others in alphabetical order.
 */
final class ModuleMigrations implements FlywayMigrationStrategy {

    private static final Pattern MODULE_FOLDER = Pattern.compile("db/migration/([a-z][a-z0-9_]*)/[^/]+\\.sql$");

    @Override
    public void migrate(Flyway flyway) {
        for (String module : modules()) {
            Flyway.configure(flyway.getConfiguration().getClassLoader())
                    .configuration(flyway.getConfiguration())
                    .schemas(module)
                    .defaultSchema(module)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + module)
                    .load()
                    .migrate();
        }
    }

    static List<String> modules() {
        try {
            var names = new TreeSet<String>();
            for (Resource script :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql")) {
                Matcher m = MODULE_FOLDER.matcher(script.getURL().toString());
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
            var ordered = new ArrayList<String>();
            if (names.remove("platform")) {
                ordered.add("platform");
            }
            ordered.addAll(names);
            return ordered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
