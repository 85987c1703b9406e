package io.storeops.catalog.importing;

/**
 * One problem found in an import file: the row as Excel shows it (the header is row 1; 0 means the whole file), the
 * column key and a bilingual message (中文 / English).
 */
record ImportError(int row, String column, String message) {

    static ImportError ofFile(String message) {
        return new ImportError(0, "file", message);
    }

    static ImportError of(int row, Column column, String message) {
        return new ImportError(row, column.key(), message);
    }
}
