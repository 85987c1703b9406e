package io.storeops.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV as Excel expects it: UTF-8 with a byte order mark, so Chinese text is not garbled, and no cell Excel would
 * run as a formula (text starting with {@code = + - @}, tab or CR gets a leading apostrophe, as OWASP advises).
 * Closing it flushes but leaves the underlying stream open.
 */
public final class CsvWriter implements AutoCloseable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\t\r]");

    private final CSVPrinter printer;

    public CsvWriter(OutputStream out) {
        try {
            out.write(BOM);
            printer = new CSVPrinter(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvWriter::guard).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String guard(String cell) {
        if (cell == null) {
            return "";
        }
        return FORMULA_START.matcher(cell).lookingAt() ? "'" + cell : cell;
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
