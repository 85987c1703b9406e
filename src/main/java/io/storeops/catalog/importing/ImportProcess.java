package io.storeops.catalog.importing;

import io.storeops.catalog.ProductCatalog;
import io.storeops.platform.ImportRowError;
import io.storeops.shared.Message;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Runs one import job to its end: read the file, check every row (saving progress as it goes), then create all
 * products in one transaction — or fail with every error found and create nothing.
 */
@Component
class ImportProcess {

    private static final Logger log = LoggerFactory.getLogger(ImportProcess.class);
    private static final int PROGRESS_STEP = 500;

    private final ImportJobRepository jobs;
    private final ImportValidator validator;
    private final ProductCatalog catalog;
    private final ImportProperties properties;
    private final Clock clock;

    ImportProcess(
            ImportJobRepository jobs,
            ImportValidator validator,
            ProductCatalog catalog,
            ImportProperties properties,
            Clock clock) {
        this.jobs = jobs;
        this.validator = validator;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes the job to COMPLETED or FAILED; never throws. */
    void run(ImportJob job, FileFormat format, byte[] content) {
        var tracker = new Tracker(job);
        try {
            ImportTable table = ImportTable.read(format, content, properties.maxRows());
            if (!table.errors().isEmpty()) {
                tracker.fail(table.errors());
                return;
            }
            tracker.save(tracker.job.counted(table.rows().size()));
            Validation validation = validator.validate(table.rows(), tracker::progress);
            if (!validation.errors().isEmpty()) {
                tracker.fail(validation.errors());
                return;
            }
            tracker.save(tracker.job.importing());
            catalog.createAll(validation.drafts(), "import #" + job.id() + " (" + job.fileName() + ")");
            tracker.save(tracker.job.completed(validation.drafts().size(), validation.skuCount(), clock.instant()));
        } catch (DataAccessException e) {
            log.warn(
                    "Import {} refused by the database: {}",
                    job.id(),
                    e.getMostSpecificCause().getMessage());
            tracker.fail(List.of(ImportRowError.ofFile(Message.of(ImportingMessage.IMPORT_DATABASE_REFUSED))));
        } catch (RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            tracker.fail(List.of(ImportRowError.ofFile(Message.of(ImportingMessage.IMPORT_FAILED))));
        }
    }

    /** The current state of the job, saved on each transition and every few hundred rows of progress. */
    private final class Tracker {

        private ImportJob job;

        Tracker(ImportJob job) {
            this.job = job;
        }

        void save(ImportJob next) {
            job = next;
            jobs.save(next);
        }

        void progress(int rows) {
            boolean due = rows - job.processedRows() >= PROGRESS_STEP || rows == job.totalRows();
            if (due) {
                save(job.progressed(rows));
            }
        }

        void fail(List<ImportRowError> errors) {
            save(job.failed(errors, clock.instant()));
        }
    }
}
