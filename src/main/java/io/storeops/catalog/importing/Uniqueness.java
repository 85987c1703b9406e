package io.storeops.catalog.importing;

import static io.storeops.catalog.importing.Column.*;

import io.storeops.catalog.ProductCatalog;
import io.storeops.shared.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * SKU codes and barcodes must be unique within the file, and no SPU code, SKU code or barcode may exist in the catalog
 * yet: an import only creates products.
 */
final class Uniqueness {

    private final ProductCatalog catalog;
    private final ImportErrors errors;

    Uniqueness(ProductCatalog catalog, ImportErrors errors) {
        this.catalog = catalog;
        this.errors = errors;
    }

    void check(List<ImportRow> rows, List<SpuGroup> groups) {
        withinFile(rows, SKU_CODE, ImportingMessage.IMPORT_SKU_CODE_REPEATED);
        withinFile(rows, BARCODE, ImportingMessage.IMPORT_BARCODE_REPEATED);
        Set<String> spuCodes = catalog.existingSpuCodes(
                groups.stream().map(SpuGroup::spuCode).filter(c -> !c.isEmpty()).toList());
        groups.stream()
                .filter(g -> spuCodes.contains(g.spuCode()))
                .forEach(g ->
                        errors.add(g.first().number(), SPU_CODE, Message.of(ImportingMessage.IMPORT_SPU_CODE_EXISTS)));
        inCatalog(rows, SKU_CODE, catalog::existingSkuCodes, ImportingMessage.IMPORT_SKU_CODE_EXISTS);
        inCatalog(rows, BARCODE, catalog::existingBarcodes, ImportingMessage.IMPORT_BARCODE_EXISTS);
    }

    private void withinFile(List<ImportRow> rows, Column column, ImportingMessage message) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (ImportRow row : rows) {
            String value = row.get(column);
            Integer first = value.isEmpty() ? null : firstRow.putIfAbsent(value, row.number());
            if (first != null) {
                errors.add(row.number(), column, Message.of(message, "row", first));
            }
        }
    }

    private void inCatalog(
            List<ImportRow> rows,
            Column column,
            Function<List<String>, Set<String>> existing,
            ImportingMessage message) {
        Set<String> taken = existing.apply(rows.stream()
                .map(r -> r.get(column))
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList());
        rows.stream()
                .filter(r -> taken.contains(r.get(column)))
                .forEach(r -> errors.add(r.number(), column, Message.of(message, "value", r.get(column))));
    }
}
