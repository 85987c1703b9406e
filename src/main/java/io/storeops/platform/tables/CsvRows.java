package io.storeops.platform.tables;

import io.storeops.platform.ImportMessage;
import io.storeops.platform.TableFormatException;
import io.storeops.shared.Message;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV in UTF-8 with or without BOM, or in GB18030 (a superset of GBK, which Excel on Chinese Windows writes) when
 * the bytes are not valid UTF-8; other encodings are refused ({@link TextEncoding}). Each record is one Excel row, even
 * when a quoted cell spans lines. Cells guarded against formulas on export ({@code '=…}) are read back unguarded.
 */
public final class CsvRows {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\t\r]");

    private CsvRows() {}

    /**
     * Hands each record to the sink, numbered as Excel numbers rows.
     *
     * @throws TableFormatException when the encoding is refused or a quoted cell is broken (with the row, in words)
     */
    public static void read(byte[] content, RowSink sink) throws IOException {
        int row = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(content)), FORMAT)) {
            for (CSVRecord record : parser) {
                row = (int) record.getRecordNumber();
                var cells = record.stream().map(CsvRows::unguard).toList();
                if (!sink.accept(row, cells)) {
                    return;
                }
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            throw broken(row + 1, e);
        }
    }

    /** What went wrong in a row the parser could not read, in words; commons-csv's own message only for the log. */
    private static TableFormatException broken(int row, RuntimeException e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("EOF reached before encapsulated token finished")) {
            return new TableFormatException(row, Message.of(ImportMessage.IMPORT_CSV_UNCLOSED_QUOTE, "row", row));
        }
        if (reason.contains("Invalid character between encapsulated token and delimiter")) {
            return new TableFormatException(row, Message.of(ImportMessage.IMPORT_CSV_TEXT_AFTER_QUOTE, "row", row));
        }
        return new TableFormatException(row, Message.of(ImportMessage.IMPORT_CSV_UNREADABLE_ROW, "row", row));
    }

    /**
     * The text of the file: UTF-8 (a leading BOM dropped) or GB18030.
     *
     * @throws TableFormatException when it is neither (see {@link TextEncoding})
     */
    public static String decode(byte[] content) {
        return TextEncoding.decode(content);
    }

    /** The cell without the apostrophe an export put before text Excel would run as a formula. */
    public static String unguard(String cell) {
        return cell.startsWith("'")
                        && FORMULA_START.matcher(cell).region(1, cell.length()).lookingAt()
                ? cell.substring(1)
                : cell;
    }
}
