package io.storeops.catalog.importing;

import io.storeops.platform.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** CSV files of the catalog's tables as Excel expects them, written by the platform's {@link CsvWriter}. */
final class TableFiles {

    private TableFiles() {}

    static byte[] csv(List<String> header, List<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        try (var csv = new CsvWriter(bytes)) {
            csv.row(header);
            rows.forEach(csv::row);
        }
        return bytes.toByteArray();
    }
}
