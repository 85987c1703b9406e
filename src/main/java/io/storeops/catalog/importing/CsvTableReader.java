package io.storeops.catalog.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV in UTF-8 with or without BOM, or in GB18030 (a superset of GBK, which Excel on Chinese Windows writes) when
 * the bytes are not valid UTF-8. Each record is one Excel row, even when a quoted cell spans lines. Cells escaped
 * against formulas on export ({@code '=…}) are read back unescaped.
 */
final class CsvTableReader implements TableReader {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    @Override
    public void read(byte[] content, RowSink sink) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(content)), FORMAT)) {
            for (CSVRecord record : parser) {
                var cells = record.stream().map(Cells::fromCsv).toList();
                if (!sink.accept(new RawRow((int) record.getRecordNumber(), cells))) {
                    return;
                }
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The text of the file: UTF-8 (a leading BOM dropped) when the bytes are valid UTF-8, GB18030 otherwise. */
    static String decode(byte[] content) {
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
}
