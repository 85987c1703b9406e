package io.storeops.channels;

import java.time.Instant;

/**
 * A channel delivered a new tracking event of a parcel (stored once in the inbox as {@code inboxId}); the order module
 * follows its shipments with it.
 */
public record TrackingEventReceived(
        String channel,
        String externalId,
        long inboxId,
        String trackingNo,
        String orderExternalId,
        String status,
        String location,
        String description,
        Instant occurredAt) {}
