package io.storeops.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the system of record lives. With {@code url} blank, StoreOps starts an embedded PostgreSQL whose data stays in
 * {@code embedded.dataDir}; otherwise it connects to the given external PostgreSQL and starts nothing.
 */
@ConfigurationProperties("storeops.database")
public record DatabaseProperties(
        String url,
        String username,
        String password,
        @DefaultValue Embedded embedded,
        @DefaultValue("10") int poolSize) {

    public boolean external() {
        return url != null && !url.isBlank();
    }

    /** The embedded server: its data directory, port (0 = any free port) and whether to wipe it at start (tests). */
    public record Embedded(
            @DefaultValue("./data/postgres") Path dataDir,
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean cleanOnStart) {}
}
