package io.storeops.catalog.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data rows of an uploaded file keyed by column, or the reasons it cannot be imported at all: unreadable, a
 * missing or repeated column, no rows, or more rows than allowed. The first non-blank row is the header; blank rows
 * are skipped.
 */
record ImportTable(List<ImportRow> rows, List<ImportError> errors) {

    static ImportTable read(FileFormat format, byte[] content, int maxRows) {
        var collector = new Collector(maxRows);
        try {
            format.reader().read(content, collector::accept);
        } catch (IOException e) {
            return failed(ImportError.ofFile("无法读取文件，请确认是有效的 " + format.extension()
                    + " 文件 / the file cannot be read as " + format.extension() + ": " + e.getMessage()));
        }
        return collector.table();
    }

    private static ImportTable failed(ImportError error) {
        return new ImportTable(List.of(), List.of(error));
    }

    /** Takes rows from a reader: the header first, then the data rows up to the limit. */
    private static final class Collector {

        private final int maxRows;
        private final List<ImportRow> rows = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private Map<Integer, Column> header;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        boolean accept(RawRow raw) {
            if (raw.blank()) {
                return true;
            }
            if (header == null) {
                header = header(raw);
                return errors.isEmpty();
            }
            if (rows.size() == maxRows) {
                errors.add(new ImportError(
                        raw.number(),
                        "file",
                        "数据行超过 %d 行的上限，请拆分文件 / more than %d data rows; split the file".formatted(maxRows, maxRows)));
                return false;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            header.forEach((index, column) -> cells.put(column, raw.cell(index)));
            rows.add(new ImportRow(raw.number(), cells));
            return true;
        }

        private Map<Integer, Column> header(RawRow raw) {
            Map<Integer, Column> columns = new LinkedHashMap<>();
            Map<Column, Integer> seen = new EnumMap<>(Column.class);
            for (int i = 0; i < raw.cells().size(); i++) {
                int index = i;
                Column.forHeader(raw.cell(i)).ifPresent(column -> {
                    if (seen.putIfAbsent(column, index) != null) {
                        errors.add(ImportError.of(raw.number(), column, "列重复 / duplicate column"));
                    }
                    columns.put(index, column);
                });
            }
            for (Column column : Column.values()) {
                if (column.required() && !seen.containsKey(column)) {
                    errors.add(ImportError.of(
                            raw.number(), column, "缺少列 " + column.header() + " / missing column " + column.header()));
                }
            }
            return columns;
        }

        ImportTable table() {
            if (header == null) {
                return failed(ImportError.ofFile("文件是空的 / the file is empty"));
            }
            if (errors.isEmpty() && rows.isEmpty()) {
                return failed(ImportError.ofFile("文件没有数据行 / the file has no data rows"));
            }
            return new ImportTable(errors.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(errors));
        }
    }
}
