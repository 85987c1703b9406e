package io.storeops.catalog.importing;

import static io.storeops.catalog.importing.Column.*;

import io.storeops.catalog.ProductDraft;
import io.storeops.catalog.SkuDraft;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.util.Map;

/**
 * Builds the product draft of one SPU from its rows and records what cannot be parsed: amounts, name=value pairs,
 * unknown category codes, product columns that differ between the rows of the SPU. Unparseable values become null or
 * empty, so the draft can still be validated for everything else.
 */
final class DraftBuilder {

    private final Map<String, Long> categoryIds;
    private final ImportErrors errors;

    DraftBuilder(Map<String, Long> categoryIds, ImportErrors errors) {
        this.categoryIds = categoryIds;
        this.errors = errors;
    }

    ProductDraft build(SpuGroup group) {
        ImportRow first = group.first();
        group.rows().stream().skip(1).forEach(row -> checkAgreement(first, row));
        return new ProductDraft(
                group.spuCode(),
                first.get(TITLE),
                category(first),
                first.get(BRAND),
                first.get(DESCRIPTION_HTML),
                Cells.images(first.get(IMAGES)),
                pairs(first, ATTRIBUTES),
                group.rows().stream().map(this::sku).toList());
    }

    private SkuDraft sku(ImportRow row) {
        return new SkuDraft(
                row.get(SKU_CODE),
                row.get(BARCODE),
                pairs(row, SKU_ATTRIBUTES),
                amount(row, COST),
                amount(row, LIST_PRICE));
    }

    private void checkAgreement(ImportRow first, ImportRow row) {
        for (Column column : Column.values()) {
            if (column.productLevel() && !row.get(column).equals(first.get(column))) {
                errors.add(
                        row.number(),
                        column,
                        Message.of(ImportingMessage.IMPORT_DIFFERS_FROM_SPU_ROW, "row", first.number()));
            }
        }
    }

    private Long category(ImportRow row) {
        String code = row.get(CATEGORY_CODE);
        Long id = categoryIds.get(code);
        if (id == null && !code.isEmpty()) {
            errors.add(row.number(), CATEGORY_CODE, Message.of(ImportingMessage.IMPORT_UNKNOWN_CATEGORY, "code", code));
        }
        return id;
    }

    private Map<String, String> pairs(ImportRow row, Column column) {
        try {
            return Cells.pairs(row.get(column));
        } catch (CellException e) {
            errors.add(row.number(), column, e.refusal());
            return Map.of();
        }
    }

    private Money amount(ImportRow row, Column column) {
        String cell = row.get(column);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return Cells.amount(cell);
        } catch (CellException e) {
            errors.add(row.number(), column, e.refusal());
            return null;
        }
    }
}
