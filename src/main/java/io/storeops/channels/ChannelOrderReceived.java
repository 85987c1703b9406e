package io.storeops.channels;

/**
 * A channel delivered an order or a new state of it ({@code revision} 1 for the first delivery, higher when the
 * channel reported a change such as a cancellation), with the order as delivered; the order module takes it over.
 */
public record ChannelOrderReceived(String channel, String externalId, long inboxId, int revision, ChannelOrder order) {}
