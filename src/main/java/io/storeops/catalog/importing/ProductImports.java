package io.storeops.catalog.importing;

import io.storeops.platform.AuditLog;
import io.storeops.platform.ImportMessage;
import io.storeops.platform.ImportRowError;
import io.storeops.platform.MessageTexts;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;

/**
 * Bulk import of products from xlsx or CSV files: an upload becomes a job that runs in the background; its state and
 * errors are kept in the database for the console to poll.
 */
@Service
class ProductImports {

    private final ImportJobRepository jobs;
    private final ImportWorkers workers;
    private final Clock clock;

    ProductImports(ImportJobRepository jobs, ImportWorkers workers, Clock clock) {
        this.jobs = jobs;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Starts importing a file; refuses at once what cannot be an xlsx or CSV file, and throws
     * {@link ImportsBusyException} (the job recorded as failed) when every worker and queue place is taken.
     */
    ImportJob start(String fileName, byte[] content) {
        FileFormat format = FileFormat.ofFileName(fileName)
                .orElseThrow(() -> new FieldErrorException("file", Message.of(ImportMessage.IMPORT_FILE_TYPE)));
        if (content.length == 0) {
            throw new FieldErrorException("file", Message.of(ImportMessage.IMPORT_FILE_EMPTY));
        }
        if (!format.plausible(content)) {
            throw new FieldErrorException("file", Message.of(ImportingMessage.IMPORT_NOT_XLSX));
        }
        ImportJob job = jobs.create(baseName(fileName), AuditLog.currentActor());
        try {
            workers.submit(job, format, content);
        } catch (TaskRejectedException busy) {
            jobs.save(job.failed(
                    List.of(ImportRowError.ofFile(Message.of(ImportingMessage.IMPORT_BUSY))), clock.instant()));
            throw new ImportsBusyException(job.id());
        }
        return job;
    }

    /** The name without any client-side folder (old browsers send {@code C:\fakepath\…}), at most 255 characters. */
    private static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    ImportJob get(long id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException(ResourceKind.IMPORT_JOB, id));
    }

    PageResult<ImportJobSummary> recent(int page, int size) {
        return jobs.recent(page, size);
    }

    /** The errors of a job as a CSV file Excel opens correctly (UTF-8 with BOM). */
    byte[] errorReport(long id, Locale locale) {
        return TableFiles.csv(
                List.of("row", "column", "message"),
                get(id).errors().stream()
                        .map(e -> List.of(
                                String.valueOf(e.row()),
                                e.column(),
                                MessageTexts.loaded().text(e.message(), locale)))
                        .toList());
    }
}
