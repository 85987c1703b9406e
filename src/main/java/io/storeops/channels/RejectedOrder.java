package io.storeops.channels;

/**
 * An order a marketplace feed delivered that StoreOps cannot take (malformed, an amount below zero, a time out of
 * range): kept with its reason in {@code channels.rejected_orders} instead of stopping the pull.
 *
 * @param externalId the channel's order id, or {@code null} when the order did not even carry one
 * @param payload the order as the channel sent it (JSON), for a person to look at
 */
public record RejectedOrder(String channel, String externalId, String reason, String payload) {}
