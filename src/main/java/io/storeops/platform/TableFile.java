package io.storeops.platform;

import io.storeops.platform.tables.CsvRows;
import io.storeops.platform.tables.XlsxRows;
import io.storeops.shared.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rows of an uploaded table file, the one reader every import uses: the first sheet of an xlsx file, or a CSV file
 * in UTF-8 (with or without BOM) or GBK/GB18030 as Excel on Chinese Windows writes it. The first non-blank row is the
 * header; blank rows are skipped; every cell is stripped of surrounding whitespace; rows keep the number Excel shows
 * (the first row is 1), even when a quoted CSV cell spans lines.
 *
 * <p>Cells read as the user sees them, not as Excel stores them: xlsx numbers as plain decimals whatever their display
 * format (a barcode never turns into {@code 6.90123E+12}), date cells as {@code yyyy-MM-dd HH:mm:ss} (or
 * {@code yyyy-MM-dd} at midnight); CSV cells that an export guarded against formulas ({@code '=…}, see
 * {@link CsvWriter}) lose the guard again.
 *
 * <p>Whatever makes the whole file unusable — not {@code .xlsx} or {@code .csv}, unreadable, in an encoding other than
 * UTF-8 or GB18030 (e.g. Big5), a broken quoted CSV cell, an xlsx formula cell, empty, more data rows than allowed — is
 * a {@link TableFormatException} with a message and, where it lies in one, the row.
 */
public final class TableFile {

    /** The formats a table file can have, known by the file name's extension. */
    public enum Format {
        CSV("csv"),
        XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The extension without the dot: {@code csv} or {@code xlsx}. */
        public String extension() {
            return extension;
        }

        /** The format of a file by its name's extension, in any case. */
        public static Optional<Format> ofFileName(String fileName) {
            String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (name.endsWith("." + format.extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** One row: its number as Excel shows it (the first row is 1) and its stripped cells, never null. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in the given column (0-based); blank when the row is shorter. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    private final Format format;
    private final Row header;
    private final List<Row> rows;

    private TableFile(Format format, Row header, List<Row> rows) {
        this.format = format;
        this.header = header;
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads a file whose format its name tells.
     *
     * @param maxRows the most data rows (after the header, blank rows not counted) the file may have
     * @throws TableFormatException when the name is neither {@code .xlsx} nor {@code .csv}, or as {@link #read(Format,
     *     byte[], int)}
     */
    public static TableFile read(String fileName, byte[] content, int maxRows) {
        Format format = Format.ofFileName(fileName)
                .orElseThrow(() -> new TableFormatException(0, Message.of(ImportMessage.IMPORT_FILE_TYPE)));
        return read(format, content, maxRows);
    }

    /**
     * Reads a file of a known format; stops reading after the first row over the limit.
     *
     * @param maxRows the most data rows (after the header, blank rows not counted) the file may have
     * @throws TableFormatException when the file cannot be read, has no non-blank row, or has more than {@code maxRows}
     *     data rows ({@link TableFormatException#row()} is then the first row over the limit)
     */
    public static TableFile read(Format format, byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw new TableFormatException(0, Message.of(ImportMessage.IMPORT_FILE_EMPTY));
        }
        var collector = new Collector(maxRows);
        try {
            if (format == Format.XLSX) {
                if (content.length <= 4 || content[0] != 'P' || content[1] != 'K') {
                    throw new IOException("not a zip archive");
                }
                XlsxRows.read(content, collector::accept);
            } else {
                CsvRows.read(content, collector::accept);
            }
        } catch (IOException e) {
            throw new TableFormatException(
                    0, Message.of(ImportMessage.IMPORT_FILE_UNREADABLE, "format", format.extension()), null, e);
        }
        if (collector.header == null) {
            throw new TableFormatException(0, Message.of(ImportMessage.IMPORT_FILE_EMPTY));
        }
        if (collector.overflow > 0) {
            throw new TableFormatException(
                    collector.overflow,
                    Message.of(ImportMessage.IMPORT_TOO_MANY_ROWS, "max", maxRows),
                    collector.header,
                    null);
        }
        return new TableFile(format, collector.header, collector.rows);
    }

    /**
     * The text of a CSV file: UTF-8 (a leading BOM dropped) when the bytes are valid UTF-8, GB18030 (a superset of GBK)
     * otherwise; other encodings (e.g. Big5) are a {@link TableFormatException}.
     */
    public static String decode(byte[] content) {
        return CsvRows.decode(content);
    }

    public Format format() {
        return format;
    }

    /** The first non-blank row. */
    public Row header() {
        return header;
    }

    /** The non-blank rows after the header, in file order; possibly none. */
    public List<Row> rows() {
        return rows;
    }

    /** Takes rows from a reader: the header first, then the data rows up to the limit. */
    private static final class Collector {

        private final int maxRows;
        private final List<Row> rows = new ArrayList<>();
        private Row header;
        private int overflow;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        boolean accept(int number, List<String> cells) {
            List<String> stripped = new ArrayList<>(cells.size());
            for (String cell : cells) {
                stripped.add(cell == null ? "" : cell.strip());
            }
            Row row = new Row(number, stripped);
            if (row.blank()) {
                return true;
            }
            if (header == null) {
                header = row;
                return true;
            }
            if (rows.size() >= maxRows) {
                overflow = number;
                return false;
            }
            rows.add(row);
            return true;
        }
    }
}
