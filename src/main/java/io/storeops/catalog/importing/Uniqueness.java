package io.storeops.catalog.importing;

import static io.storeops.catalog.importing.Column.*;

import io.storeops.catalog.ProductCatalog;
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
        withinFile(rows, SKU_CODE, "SKU 编码与第 %d 行重复 / same SKU code as row %d");
        withinFile(rows, BARCODE, "条码与第 %d 行重复 / same barcode as row %d");
        Set<String> spuCodes = catalog.existingSpuCodes(
                groups.stream().map(SpuGroup::spuCode).filter(c -> !c.isEmpty()).toList());
        groups.stream()
                .filter(g -> spuCodes.contains(g.spuCode()))
                .forEach(g -> errors.add(
                        g.first().number(),
                        SPU_CODE,
                        "SPU 编码已存在，导入只能新建商品 / SPU code already exists; an import only creates"));
        inCatalog(rows, SKU_CODE, catalog::existingSkuCodes, "SKU 编码已存在 / SKU code already exists");
        inCatalog(rows, BARCODE, catalog::existingBarcodes, "条码已被其他商品使用 / barcode already exists");
    }

    private void withinFile(List<ImportRow> rows, Column column, String message) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (ImportRow row : rows) {
            String value = row.get(column);
            Integer first = value.isEmpty() ? null : firstRow.putIfAbsent(value, row.number());
            if (first != null) {
                errors.add(row.number(), column, message.formatted(first, first));
            }
        }
    }

    private void inCatalog(
            List<ImportRow> rows, Column column, Function<List<String>, Set<String>> existing, String message) {
        Set<String> taken = existing.apply(rows.stream()
                .map(r -> r.get(column))
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList());
        rows.stream()
                .filter(r -> taken.contains(r.get(column)))
                .forEach(r -> errors.add(r.number(), column, message + ": " + r.get(column)));
    }
}
