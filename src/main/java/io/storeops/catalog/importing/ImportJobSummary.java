package io.storeops.catalog.importing;

import java.time.Instant;

/** An import job as the history lists it: its counts and who uploaded it, the number of errors instead of the list. */
record ImportJobSummary(
        long id,
        String fileName,
        ImportStatus status,
        int totalRows,
        int processedRows,
        int products,
        int skus,
        int errorCount,
        String createdBy,
        Instant createdAt,
        Instant finishedAt) {}
