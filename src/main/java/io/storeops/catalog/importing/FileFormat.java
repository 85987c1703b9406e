package io.storeops.catalog.importing;

import io.storeops.platform.TableFile;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The file formats of imports, exports and templates. */
enum FileFormat {
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8));

    private final String extension;
    private final MediaType mediaType;

    FileFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format named by a request parameter ({@code xlsx} or {@code csv}, any case). */
    static FileFormat named(String name) {
        return ofFileName("." + name)
                .orElseThrow(
                        () -> new FieldErrorException("format", Message.of(ImportingMessage.IMPORT_FORMAT_INVALID)));
    }

    static Optional<FileFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The format as the platform's table reader knows it. */
    TableFile.Format table() {
        return this == XLSX ? TableFile.Format.XLSX : TableFile.Format.CSV;
    }

    /** Whether the bytes can be of this format at all; xlsx files are zip archives. */
    boolean plausible(byte[] content) {
        return this != XLSX || (content.length > 4 && content[0] == 'P' && content[1] == 'K');
    }
}
