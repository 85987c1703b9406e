package io.storeops.catalog.importing;

import java.util.Set;

/** The life of an import job: rows are checked first; only a file without errors is imported. */
enum ImportStatus {
    VALIDATING,
    IMPORTING,
    COMPLETED,
    FAILED;

    Set<ImportStatus> next() {
        return switch (this) {
            case VALIDATING -> Set.of(IMPORTING, FAILED);
            case IMPORTING -> Set.of(COMPLETED, FAILED);
            case COMPLETED, FAILED -> Set.of();
        };
    }

    boolean canMoveTo(ImportStatus target) {
        return next().contains(target);
    }
}
