package io.storeops.catalog.importing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the errors of one file: at most one per cell (the first found), listed by row and column order. */
final class ImportErrors {

    private static final Comparator<ImportError> ORDER = Comparator.comparingInt(ImportError::row)
            .thenComparingInt(
                    e -> Column.forHeader(e.column()).map(Enum::ordinal).orElse(-1));

    private final Map<String, ImportError> byCell = new LinkedHashMap<>();

    void add(int row, Column column, String message) {
        byCell.putIfAbsent(row + "\t" + column.key(), ImportError.of(row, column, message));
    }

    boolean isEmpty() {
        return byCell.isEmpty();
    }

    List<ImportError> sorted() {
        return byCell.values().stream().sorted(ORDER).toList();
    }
}
