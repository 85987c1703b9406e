package io.storeops.orders;

import io.storeops.shared.MessageCode;

/** What an order import tells the user about a cell or the channel. */
enum OrderImportMessage implements MessageCode {
    /** Channel {@code channel} does not exist. */
    IMPORT_UNKNOWN_CHANNEL,
    /** At most {@code max} characters. */
    IMPORT_AT_MOST_CHARACTERS,
    /** Not a quantity from 1 to 9999: {@code value}. */
    IMPORT_QUANTITY_INVALID,
    /** Not an amount: {@code value}. */
    IMPORT_AMOUNT_INVALID,
    /** Not a time: {@code value}. */
    IMPORT_TIME_INVALID,
    /** Neither paid nor cancelled: {@code value}. */
    IMPORT_STATUS_INVALID,
    /** Differs from {@code row} of the same order. */
    IMPORT_DIFFERS_FROM_ORDER_ROW,
    /** At most {@code max} lines per order. */
    IMPORT_TOO_MANY_LINES,
    IMPORT_DISCOUNT_ABOVE_AMOUNT
}
