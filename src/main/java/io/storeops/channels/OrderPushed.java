package io.storeops.channels;

import java.time.Instant;

/**
 * A shipment or refund ({@code key} = its shipment or refund id) was accepted by the channel at {@code at}; published
 * once per push, in the transaction that records it.
 */
public record OrderPushed(String channel, OrderPushKind kind, String key, Instant at) {}
