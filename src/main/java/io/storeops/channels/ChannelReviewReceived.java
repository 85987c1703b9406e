package io.storeops.channels;

/** A channel delivered a new review; customer-service and review analysis take it from the inbox. */
public record ChannelReviewReceived(String channel, String externalId, long inboxId, String skuCode, int rating) {}
