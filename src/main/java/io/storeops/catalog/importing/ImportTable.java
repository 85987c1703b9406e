package io.storeops.catalog.importing;

import io.storeops.platform.ImportMessage;
import io.storeops.platform.ImportRowError;
import io.storeops.platform.TableFile;
import io.storeops.platform.TableFormatException;
import io.storeops.shared.Message;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data rows of an uploaded file keyed by column, or the reasons it cannot be imported at all: unreadable, a
 * missing or repeated column, no rows, or more rows than allowed. The file is read by the platform's
 * {@link TableFile}: the first non-blank row is the header; blank rows are skipped.
 */
record ImportTable(List<ImportRow> rows, List<ImportRowError> errors) {

    static ImportTable read(FileFormat format, byte[] content, int maxRows) {
        TableFile file;
        try {
            file = TableFile.read(format.table(), content, maxRows);
        } catch (TableFormatException e) {
            if (e.header().isPresent()) {
                List<ImportRowError> errors = new ArrayList<>();
                columns(e.header().get(), errors);
                if (!errors.isEmpty()) {
                    return new ImportTable(List.of(), List.copyOf(errors));
                }
            }
            return failed(ImportRowError.of(e));
        }
        List<ImportRowError> errors = new ArrayList<>();
        Map<Integer, Column> header = columns(file.header(), errors);
        if (!errors.isEmpty()) {
            return new ImportTable(List.of(), List.copyOf(errors));
        }
        if (file.rows().isEmpty()) {
            return failed(ImportRowError.ofFile(Message.of(ImportMessage.IMPORT_NO_DATA_ROWS)));
        }
        List<ImportRow> rows = new ArrayList<>(file.rows().size());
        for (TableFile.Row raw : file.rows()) {
            Map<Column, String> cells = new EnumMap<>(Column.class);
            header.forEach((index, column) -> cells.put(column, raw.cell(index)));
            rows.add(new ImportRow(raw.number(), cells));
        }
        return new ImportTable(List.copyOf(rows), List.of());
    }

    private static ImportTable failed(ImportRowError error) {
        return new ImportTable(List.of(), List.of(error));
    }

    /** The columns of the header row by index; a repeated or missing required column is an error. */
    private static Map<Integer, Column> columns(TableFile.Row raw, List<ImportRowError> errors) {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        Map<Column, Integer> seen = new EnumMap<>(Column.class);
        for (int i = 0; i < raw.cells().size(); i++) {
            int index = i;
            Column.forHeader(raw.cell(i)).ifPresent(column -> {
                if (seen.putIfAbsent(column, index) != null) {
                    errors.add(new ImportRowError(
                            raw.number(), column.key(), Message.of(ImportMessage.IMPORT_DUPLICATE_COLUMN)));
                }
                columns.put(index, column);
            });
        }
        for (Column column : Column.values()) {
            if (column.required() && !seen.containsKey(column)) {
                errors.add(new ImportRowError(
                        raw.number(),
                        column.key(),
                        Message.of(ImportMessage.IMPORT_MISSING_COLUMN, "column", column.header())));
            }
        }
        return columns;
    }
}
