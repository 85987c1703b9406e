package io.storeops.catalog.importing;

import java.util.List;

/** The cells of one row as read from a file, numbered as Excel shows rows (the first is 1). */
record RawRow(int number, List<String> cells) {

    boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    String cell(int index) {
        String value = index < cells.size() ? cells.get(index) : null;
        return value == null ? "" : value.strip();
    }
}
