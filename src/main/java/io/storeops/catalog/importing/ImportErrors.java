package io.storeops.catalog.importing;

import io.storeops.platform.ImportRowError;
import io.storeops.shared.Message;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the errors of one file: at most one per cell (the first found), listed by row and column order. */
final class ImportErrors {

    private static final Comparator<ImportRowError> ORDER = Comparator.comparingInt(ImportRowError::row)
            .thenComparingInt(
                    e -> Column.forHeader(e.column()).map(Enum::ordinal).orElse(-1));

    private final Map<String, ImportRowError> byCell = new LinkedHashMap<>();

    void add(int row, Column column, Message message) {
        byCell.putIfAbsent(row + "\t" + column.key(), new ImportRowError(row, column.key(), message));
    }

    boolean isEmpty() {
        return byCell.isEmpty();
    }

    List<ImportRowError> sorted() {
        return byCell.values().stream().sorted(ORDER).toList();
    }
}
