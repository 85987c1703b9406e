package io.storeops.catalog.importing;

import io.storeops.catalog.ProductDetails;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Products as rows of the product sheet: one row per SKU, the product columns repeated, in {@link Column} order. */
final class ProductRows {

    private ProductRows() {}

    static List<String> headers() {
        return Arrays.stream(Column.values()).map(Column::header).toList();
    }

    static List<XlsxWorkbook.SheetColumn> sheetColumns() {
        return Arrays.stream(Column.values())
                .map(c -> new XlsxWorkbook.SheetColumn(
                        c.header(), c.width(), c.amount() ? XlsxWorkbook.Kind.AMOUNT : XlsxWorkbook.Kind.TEXT))
                .toList();
    }

    static List<List<String>> of(List<ProductDetails> products, Map<Long, String> categoryCodes) {
        return products.stream()
                .flatMap(p -> p.skus().stream().map(sku -> row(p, sku, categoryCodes.getOrDefault(p.categoryId(), ""))))
                .toList();
    }

    private static List<String> row(ProductDetails product, ProductDetails.Sku sku, String categoryCode) {
        return List.of(
                product.spuCode(),
                product.title(),
                categoryCode,
                product.brand() == null ? "" : product.brand(),
                Cells.images(product.images()),
                Cells.pairs(product.attributes()),
                product.descriptionHtml(),
                sku.skuCode(),
                sku.barcode(),
                Cells.pairs(sku.attributes()),
                sku.cost().amount().toPlainString(),
                sku.listPrice().amount().toPlainString());
    }
}
