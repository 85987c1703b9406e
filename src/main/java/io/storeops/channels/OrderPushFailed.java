package io.storeops.channels;

/**
 * A shipment or refund ({@code key} = its shipment or refund id) will not reach the channel: the channel refused it
 * for good (e.g. 409 {@code refund-exceeds-paid}) or it failed too many times. It is not retried; {@code error} says
 * why. Published once per push, in the transaction that records it.
 */
public record OrderPushFailed(String channel, OrderPushKind kind, String key, String error) {}
