package io.storeops.inventory;

import io.storeops.shared.MessageCode;

/** What a stock import (receipt or count) tells the user about a cell. */
enum StockImportMessage implements MessageCode {
    /** SKU {@code sku} does not exist. */
    IMPORT_UNKNOWN_SKU,
    /** Warehouse {@code warehouse} does not exist or is inactive. */
    IMPORT_UNKNOWN_WAREHOUSE,
    /** A receipt's quantity {@code value} is not a whole number above 0. */
    IMPORT_QUANTITY_NOT_POSITIVE,
    /** A count's quantity {@code value} is not a whole number of at least 0. */
    IMPORT_QUANTITY_NEGATIVE,
    IMPORT_SKU_WAREHOUSE_REPEATED
}
