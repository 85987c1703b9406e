package io.storeops.channels;

/** A channel delivered an order (first delivery only); the order module will take it from the inbox. */
public record ChannelOrderReceived(String channel, String externalId, long inboxId) {}
