package io.storeops.catalog.importing;

/** The life of an import job: rows are checked first; only a file without errors is imported. */
enum ImportStatus {
    VALIDATING,
    IMPORTING,
    COMPLETED,
    FAILED;

    boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
