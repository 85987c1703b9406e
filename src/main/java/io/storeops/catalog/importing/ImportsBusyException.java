package io.storeops.catalog.importing;

/** Every import worker is busy and the queue is full; the upload was recorded as a failed job. Answered as 503. */
class ImportsBusyException extends RuntimeException {

    ImportsBusyException(long jobId) {
        super("Too many imports at once; import job " + jobId + " refused");
    }
}
