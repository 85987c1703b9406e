package io.storeops.catalog.importing;

import io.storeops.catalog.ProductDraft;
import io.storeops.platform.ImportRowError;
import java.util.List;

/** The outcome of checking a file: the products to create when there is no error, else every error found. */
record Validation(List<ProductDraft> drafts, List<ImportRowError> errors) {

    int skuCount() {
        return drafts.stream().mapToInt(d -> d.skus().size()).sum();
    }
}
