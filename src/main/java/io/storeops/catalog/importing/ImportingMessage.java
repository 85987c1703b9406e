package io.storeops.catalog.importing;

import io.storeops.shared.MessageCode;

/** What a product import or export tells the user, per cell or about the file. */
enum ImportingMessage implements MessageCode {
    IMPORT_FORMAT_INVALID,
    IMPORT_NOT_XLSX,
    IMPORT_BUSY,
    /** Refusing an upload while every import worker and queue place is taken. */
    IMPORT_BUSY_RETRY,
    IMPORT_INTERRUPTED,
    IMPORT_DATABASE_REFUSED,
    IMPORT_FAILED,
    /** Same SKU code as {@code row}. */
    IMPORT_SKU_CODE_REPEATED,
    /** Same barcode as {@code row}. */
    IMPORT_BARCODE_REPEATED,
    IMPORT_SPU_CODE_EXISTS,
    /** SKU code {@code value} exists already. */
    IMPORT_SKU_CODE_EXISTS,
    /** Barcode {@code value} is used by another product. */
    IMPORT_BARCODE_EXISTS,
    /** Not an amount: {@code value}. */
    IMPORT_AMOUNT_INVALID,
    /** Not {@code name=value}: {@code value}. */
    IMPORT_PAIRS_INVALID,
    /** Attribute {@code name} given twice. */
    IMPORT_PAIR_NAME_REPEATED,
    /** Differs from {@code row}, the first row of the same SPU. */
    IMPORT_DIFFERS_FROM_SPU_ROW,
    /** Unknown category {@code code}. */
    IMPORT_UNKNOWN_CATEGORY,
    /** At most {@code max} characters. */
    IMPORT_AT_MOST_CHARACTERS,
    /** At most {@code max} entries. */
    IMPORT_AT_MOST_ENTRIES,
    IMPORT_INVALID,
    /** A row error stored before errors were codes: its bilingual {@code text}. */
    IMPORT_LEGACY_TEXT,
    /** At most {@code max} products per export. */
    EXPORT_TOO_MANY_PRODUCTS,
    /** At most {@code max} listings per export. */
    EXPORT_TOO_MANY_LISTINGS,
    /** The {@code column} of {@code item} is longer than an Excel cell holds. */
    EXPORT_CELL_TOO_LONG
}
