package io.storeops.platform.tables;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV in UTF-8 with or without BOM, or in GB18030 (a superset of GBK, which Excel on Chinese Windows writes) when
 * the bytes are not valid UTF-8. Each record is one Excel row, even when a quoted cell spans lines. Cells guarded
 * against formulas on export ({@code '=…}) are read back unguarded.
 */
public final class CsvRows {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\t\r]");

    private CsvRows() {}

    public static void read(byte[] content, RowSink sink) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(content)), FORMAT)) {
            for (CSVRecord record : parser) {
                var cells = record.stream().map(CsvRows::unguard).toList();
                if (!sink.accept((int) record.getRecordNumber(), cells)) {
                    return;
                }
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The text of the file: UTF-8 (a leading BOM dropped) when the bytes are valid UTF-8, GB18030 otherwise. */
    public static String decode(byte[] content) {
        int bom = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, bom, content.length - bom);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    /** The cell without the apostrophe an export put before text Excel would run as a formula. */
    public static String unguard(String cell) {
        return cell.startsWith("'")
                        && FORMULA_START.matcher(cell).region(1, cell.length()).lookingAt()
                ? cell.substring(1)
                : cell;
    }
}
