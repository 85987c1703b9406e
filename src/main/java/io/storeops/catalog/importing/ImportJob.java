package io.storeops.catalog.importing;

import io.storeops.platform.ImportRowError;
import java.time.Instant;
import java.util.List;

/**
 * One upload and its progress. Transitions check the current status: a job is validated, then imported, then
 * completed — or fails at any point before it finished, with the errors that made it fail.
 */
record ImportJob(
        long id,
        String fileName,
        ImportStatus status,
        int totalRows,
        int processedRows,
        int products,
        int skus,
        List<ImportRowError> errors,
        Instant createdAt,
        Instant finishedAt) {

    ImportJob {
        errors = List.copyOf(errors);
    }

    ImportJob counted(int rows) {
        require(ImportStatus.VALIDATING);
        return new ImportJob(id, fileName, status, rows, 0, 0, 0, errors, createdAt, null);
    }

    ImportJob progressed(int rows) {
        require(ImportStatus.VALIDATING);
        return new ImportJob(id, fileName, status, totalRows, rows, 0, 0, errors, createdAt, null);
    }

    ImportJob importing() {
        requireMoveTo(ImportStatus.IMPORTING);
        return new ImportJob(id, fileName, ImportStatus.IMPORTING, totalRows, totalRows, 0, 0, errors, createdAt, null);
    }

    ImportJob completed(int productCount, int skuCount, Instant at) {
        requireMoveTo(ImportStatus.COMPLETED);
        return new ImportJob(
                id,
                fileName,
                ImportStatus.COMPLETED,
                totalRows,
                totalRows,
                productCount,
                skuCount,
                List.of(),
                createdAt,
                at);
    }

    ImportJob failed(List<ImportRowError> problems, Instant at) {
        requireMoveTo(ImportStatus.FAILED);
        return new ImportJob(
                id, fileName, ImportStatus.FAILED, totalRows, processedRows, 0, 0, problems, createdAt, at);
    }

    private void requireMoveTo(ImportStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("Import job " + id + " is " + status + ", it cannot become " + target);
        }
    }

    private void require(ImportStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Import job " + id + " is " + status + ", not " + expected);
        }
    }
}
