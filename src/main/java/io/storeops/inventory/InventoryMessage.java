package io.storeops.inventory;

import io.storeops.shared.MessageCode;

/** What inventory tells a user about movements, warehouses, channel buffers, safety stock and the KPI report. */
enum InventoryMessage implements MessageCode {
    /** Some movements of a batch would drive stock below zero; none was applied. */
    INSUFFICIENT_STOCK,
    QUANTITY_NOT_POSITIVE,
    ADJUSTMENT_ZERO,
    UNKNOWN_WAREHOUSE,
    UNKNOWN_SKU,
    /** A movement's reference type: lower-case letters, digits and -. */
    REFERENCE_TYPE_FORMAT,
    WAREHOUSE_CODE_TAKEN,
    /** A warehouse code: upper-case letters, digits, _ and -. */
    WAREHOUSE_CODE_FORMAT,
    BUFFER_OUT_OF_RANGE,
    SAFETY_STOCK_PARAMETERS_MISSING,
    KPI_GROUP_INVALID,
    KPI_TO_AFTER_TODAY,
    KPI_FROM_AFTER_TO,
    KPI_PERIOD_TOO_LONG,
    KPI_DATE_FORMAT
}
