package io.storeops.catalog.importing;

import java.io.IOException;

/** Reads the rows of the first sheet of an uploaded file in order, until the sink asks to stop. */
sealed interface TableReader permits CsvTableReader, XlsxTableReader {

    void read(byte[] content, RowSink sink) throws IOException;

    /** Receives rows; answers false to stop reading. */
    @FunctionalInterface
    interface RowSink {
        boolean accept(RawRow row);
    }
}
