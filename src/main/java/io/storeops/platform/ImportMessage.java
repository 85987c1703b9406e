package io.storeops.platform;

import io.storeops.shared.MessageCode;

/** What an import says about a table file as a whole and about the cells every import checks alike. */
public enum ImportMessage implements MessageCode {
    /** {@link ImportRejectedException}: {@code count} problems, nothing imported. */
    IMPORT_REJECTED,
    IMPORT_FILE_TYPE,
    IMPORT_FILE_EMPTY,
    /** The file cannot be read as its {@code format} (xlsx, csv). */
    IMPORT_FILE_UNREADABLE,
    /** More than {@code max} data rows. */
    IMPORT_TOO_MANY_ROWS,
    IMPORT_NO_DATA_ROWS,
    IMPORT_REQUIRED,
    /** The header lacks {@code column}. */
    IMPORT_MISSING_COLUMN,
    IMPORT_DUPLICATE_COLUMN,
    IMPORT_FORMULA,
    /** Cell {@code cell} of row {@code row} holds a formula. */
    IMPORT_FORMULA_CELL,
    IMPORT_CSV_UNCLOSED_QUOTE,
    IMPORT_CSV_TEXT_AFTER_QUOTE,
    IMPORT_CSV_UNREADABLE_ROW,
    IMPORT_ENCODING_REFUSED
}
