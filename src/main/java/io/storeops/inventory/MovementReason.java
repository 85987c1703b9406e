package io.storeops.inventory;

import io.storeops.shared.MessageCode;

/**
 * Why stock moved, as the ledger keeps it: a reason typed by a person ({@link #REASON_TEXT}) or one the system gives
 * with its arguments, e.g. {@link #REASON_ORDER_RESERVED} with {@code {orderNo}}.
 */
public enum MovementReason implements MessageCode {
    /** A reason stored before reasons had codes, shown as it was: {@code {text}}. */
    LEGACY_TEXT,
    /** A reason typed by a person (over the API): {@code {text}}. */
    REASON_TEXT,
    /** Units reserved for order {@code {orderNo}}. */
    REASON_ORDER_RESERVED,
    /** Reserved units released because order {@code {orderNo}} was cancelled. */
    REASON_ORDER_CANCELLED,
    /** Units shipped for order {@code {orderNo}}. */
    REASON_ORDER_SHIPPED,
    /** Units sent again as a replacement parcel of order {@code {orderNo}}. */
    REASON_ORDER_RESHIPPED,
    /** Returned units restocked with return {@code {returnNo}}. */
    REASON_RETURNED,
    /** Units received from the receipt file {@code {file}}. */
    REASON_RECEIPT_IMPORT,
    /** On hand set by the stock count file {@code {file}}. */
    REASON_COUNT_IMPORT
}
