package io.storeops.platform;

import io.storeops.shared.Message;
import java.util.Locale;
import java.util.Optional;

/**
 * A table file that cannot be read as a whole: not an xlsx or CSV file, unreadable, empty, or longer than allowed.
 * {@link #message()} is meant for the user ({@link #getMessage()} is its English text, for logs and tests); {@link #row()} is the Excel row it refers to, 0 for the whole file.
 */
public class TableFormatException extends RuntimeException {

    private final int row;
    private final transient Message message;
    private final transient TableFile.Row header;

    public TableFormatException(int row, Message message) {
        this(row, message, null, null);
    }

    TableFormatException(int row, Message message, TableFile.Row header, Throwable cause) {
        super(MessageTexts.loaded().text(message, Locale.ENGLISH), cause);
        this.row = row;
        this.message = message;
        this.header = header;
    }

    /** Why the file cannot be read, for the user. */
    public Message message() {
        return message;
    }

    /** The Excel row the problem is in (the first row over the limit); 0 when it concerns the whole file. */
    public int row() {
        return row;
    }

    /**
     * The header row when the file was read but has more data rows than allowed, so that a caller can report a wrong
     * header before the length; empty otherwise.
     */
    public Optional<TableFile.Row> header() {
        return Optional.ofNullable(header);
    }
}
