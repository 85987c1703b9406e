package io.storeops.catalog.importing;

import io.storeops.catalog.Categories;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDetails;
import io.storeops.catalog.ProductQuery;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exports the filtered product list in the import layout, one row per SKU, so a file can be edited and imported again
 * (with new codes: an import only creates). At most {@value #MAX_PRODUCTS} products per file.
 */
@Component
class ProductExport {

    static final int MAX_PRODUCTS = 10_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final ProductCatalog catalog;
    private final Categories categories;
    private final Clock clock;
    private final ZoneId zone;

    ProductExport(
            ProductCatalog catalog,
            Categories categories,
            Clock clock,
            @Value("${storeops.platform.zone:Asia/Shanghai}") ZoneId zone) {
        this.catalog = catalog;
        this.categories = categories;
        this.clock = clock;
        this.zone = zone;
    }

    DownloadFile export(ProductQuery query, FileFormat format) {
        if (catalog.search(query, 0, 1).total() > MAX_PRODUCTS) {
            throw new FieldErrorException(
                    "q", Message.of(ImportingMessage.EXPORT_TOO_MANY_PRODUCTS, "max", MAX_PRODUCTS));
        }
        List<ProductDetails> products = catalog.findAll(query, MAX_PRODUCTS);
        var rows = ProductRows.of(products, CategoryIndex.of(categories.tree()).codesById());
        String name = "products-" + STAMP.format(clock.instant().atZone(zone)) + "." + format.extension();
        if (format == FileFormat.CSV) {
            return new DownloadFile(name, format, TableFiles.csv(ProductRows.headers(), rows));
        }
        try (var workbook = new XlsxWorkbook()) {
            return new DownloadFile(name, format, workbook.productSheet(rows).toBytes());
        }
    }
}
