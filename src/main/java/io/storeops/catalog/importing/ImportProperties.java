package io.storeops.catalog.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of bulk imports: data rows per file, imports running at once, and uploads waiting for a free worker (each
 * holds its file in memory).
 */
@ConfigurationProperties("storeops.catalog.imports")
record ImportProperties(
        @DefaultValue("50000") int maxRows,
        @DefaultValue("2") int workers,
        @DefaultValue("4") int queueCapacity) {}
