package io.storeops.channels;

/** What an order push reports to a channel. */
public enum OrderPushKind {
    SHIPMENT,
    REFUND
}
