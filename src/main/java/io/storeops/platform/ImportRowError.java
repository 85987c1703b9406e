package io.storeops.platform;

import io.storeops.shared.Message;

/**
 * One problem found in an imported file: the row as Excel numbers it (the header is row 1; 0 means the whole file),
 * the column key (or {@code file}) and the message.
 */
public record ImportRowError(int row, String column, Message message) {

    /** The column key of a problem with the file as a whole. */
    public static final String FILE = "file";

    /** A problem with the whole file (row 0). */
    public static ImportRowError ofFile(Message message) {
        return new ImportRowError(0, FILE, message);
    }

    /** Why a file cannot be read at all, at the row the reader stopped (0 for the whole file). */
    public static ImportRowError of(TableFormatException unreadable) {
        return new ImportRowError(unreadable.row(), FILE, unreadable.message());
    }
}
