package io.storeops.platform.tables;

import io.storeops.platform.ImportMessage;
import io.storeops.platform.TableFormatException;
import io.storeops.shared.Message;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of an uploaded CSV file, which must be UTF-8 (a leading BOM dropped) or GB18030 (a superset of GBK, which
 * Excel on Chinese Windows writes). Anything else is refused rather than imported as garbled text.
 *
 * <p>Big5 (Traditional Chinese, as Excel in Taiwan and Hong Kong writes) is the one look-alike: its bytes are mostly
 * valid GB18030 too. A file is taken for Big5 when it decodes as Big5 and, read as GB18030, over a quarter of its
 * two-byte characters fall outside GB2312, the common simplified characters (real GBK text seldom leaves GB2312;
 * Big5 text read as GBK mostly does). Traditional characters written in GBK are not Big5: GBK puts them where Big5
 * has no characters, so such a file does not decode as Big5 and is accepted.
 */
final class TextEncoding {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    private TextEncoding() {}

    /**
     * @throws TableFormatException (row 0) when the bytes are neither UTF-8 nor GB18030, or look like Big5
     */
    static String decode(byte[] content) {
        int bom = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        Optional<String> utf8 = strictly(StandardCharsets.UTF_8, content, bom);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Optional<String> gb = strictly(GB18030, content, 0);
        if (gb.isEmpty() || (strictly(BIG5, content, 0).isPresent() && mostlyOutsideGb2312(content))) {
            throw new TableFormatException(0, Message.of(ImportMessage.IMPORT_ENCODING_REFUSED));
        }
        return gb.get();
    }

    private static Optional<String> strictly(Charset charset, byte[] content, int offset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Whether over a quarter of the GB18030 multi-byte characters lie outside GB2312 (both bytes 0xA1–0xFE). */
    private static boolean mostlyOutsideGb2312(byte[] content) {
        int characters = 0;
        int outside = 0;
        for (int i = 0; i < content.length; ) {
            int lead = content[i] & 0xFF;
            if (lead < 0x80 || i + 1 >= content.length) {
                i++;
                continue;
            }
            int next = content[i + 1] & 0xFF;
            characters++;
            if (next >= 0x30 && next <= 0x39) {
                outside++;
                i += 4;
            } else {
                if (lead < 0xA1 || next < 0xA1) {
                    outside++;
                }
                i += 2;
            }
        }
        return characters > 0 && outside * 4 > characters;
    }
}
