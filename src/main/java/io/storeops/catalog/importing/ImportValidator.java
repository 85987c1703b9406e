package io.storeops.catalog.importing;

import io.storeops.catalog.Categories;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDraft;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * Checks every row of a file before anything is written: cell formats, the constraints of {@link ProductDraft} (run
 * through the Jakarta validator), category codes, agreement of the product columns within an SPU, and uniqueness of
 * codes and barcodes within the file and against the catalog.
 */
@Component
class ImportValidator {

    private final ProductCatalog catalog;
    private final Categories categories;
    private final Validator validator;

    ImportValidator(ProductCatalog catalog, Categories categories, Validator validator) {
        this.catalog = catalog;
        this.categories = categories;
        this.validator = validator;
    }

    /** Checks the rows, reporting the number of rows checked so far to {@code progress}. */
    Validation validate(List<ImportRow> rows, IntConsumer progress) {
        var errors = new ImportErrors();
        List<SpuGroup> groups = groups(rows);
        var builder = new DraftBuilder(CategoryIndex.of(categories.tree()).idsByCode(), errors);
        List<ProductDraft> drafts = new ArrayList<>(groups.size());
        int checked = 0;
        for (SpuGroup group : groups) {
            ProductDraft draft = builder.build(group);
            ViolationErrors.report(validator.validate(draft), group, errors);
            drafts.add(draft);
            checked += group.rows().size();
            progress.accept(checked);
        }
        new Uniqueness(catalog, errors).check(rows, groups);
        return new Validation(errors.isEmpty() ? List.copyOf(drafts) : List.of(), errors.sorted());
    }

    /** The rows by SPU code in order of first appearance; a row without SPU code is a product of its own. */
    private static List<SpuGroup> groups(List<ImportRow> rows) {
        Map<String, List<ImportRow>> bySpu = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            String spu = row.get(Column.SPU_CODE);
            String key = spu.isEmpty() ? "\0" + row.number() : spu;
            bySpu.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return bySpu.values().stream()
                .map(group -> new SpuGroup(group.getFirst().get(Column.SPU_CODE), List.copyOf(group)))
                .toList();
    }
}
