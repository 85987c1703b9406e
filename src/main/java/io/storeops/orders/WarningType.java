package io.storeops.orders;

/** Kinds of abnormal-order warning (F4.6). */
public enum WarningType {
    /** No carrier scan for longer than the carrier's limit. */
    STALLED,
    /** Not shipped by the promised time. */
    LATE_SHIPMENT,
    /** The customer received the wrong item. */
    WRONG_ITEM,
    /** The customer received a damaged item. */
    DAMAGED,
    /** Something is missing from the parcel. */
    MISSING_ITEM,
    /** The address turned out to be wrong or undeliverable. */
    ADDRESS_ANOMALY,
    /** The buyer asked for refunds repeatedly. */
    REPEATED_REFUND,
    /** The channel refused our shipment or refund notice. */
    CHANNEL_PUSH_FAILED
}
