package io.storeops.catalog.importing;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A generated file to download: template, export or error report. */
record DownloadFile(String fileName, FileFormat format, byte[] content) {

    ResponseEntity<byte[]> response() {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .contentType(format.mediaType())
                .body(content);
    }
}
