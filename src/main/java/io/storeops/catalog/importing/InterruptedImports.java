package io.storeops.catalog.importing;

import io.storeops.platform.ImportRowError;
import io.storeops.shared.Message;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the server takes requests, fails the jobs a previous run left validating or importing: their
 * worker is gone, and the import transaction of an unfinished job was rolled back with it.
 */
@Component
class InterruptedImports implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final ImportJobRepository jobs;
    private final Clock clock;

    InterruptedImports(ImportJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int failed = jobs.failUnfinished(
                ImportRowError.ofFile(Message.of(ImportingMessage.IMPORT_INTERRUPTED)), clock.instant());
        if (failed > 0) {
            log.warn("Marked {} import job(s) interrupted by a restart as FAILED", failed);
        }
    }
}
