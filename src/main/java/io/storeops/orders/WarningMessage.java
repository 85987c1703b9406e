package io.storeops.orders;

import io.storeops.shared.MessageCode;

/** What an abnormal-order warning says: why it was opened and how it was resolved. */
enum WarningMessage implements MessageCode {
    /** A parcel without a scan: {@code {carrier} {trackingNo} {hours} {limit}} (limit in minutes). */
    WARNING_STALLED,
    /** An order not shipped by {@code {shipBy}} (ISO instant). */
    WARNING_LATE_SHIPMENT,
    /** The channel refused a shipment notice with {@code {error}}, the channel's own words. */
    WARNING_CHANNEL_REFUSED_SHIPMENT,
    /** The buyer's refund request no. {@code {count}} within 30 days. */
    WARNING_REPEATED_REFUND,
    /** A customer's report without a note. */
    WARNING_REPORTED,
    /** A note or resolution typed by a person: {@code {text}}. */
    WARNING_NOTE,
    /** A late-shipment warning resolved by the order shipping. */
    RESOLVED_SHIPPED,
    /** A stalled-parcel warning resolved by a new scan. */
    RESOLVED_SCANNED
}
