package io.storeops.catalog.importing;

import java.util.Map;

/** One data row of an import file: its Excel row number and its stripped cell values by column. */
record ImportRow(int number, Map<Column, String> cells) {

    ImportRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's value; blank when the cell or its whole column is missing. */
    String get(Column column) {
        return cells.getOrDefault(column, "");
    }
}
