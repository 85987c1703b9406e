package io.storeops.channels;

import java.time.Instant;

/**
 * A carrier's scan of a parcel shipped on a channel, as the channel delivered it: {@code status} is {@code ACCEPTED},
 * {@code IN_TRANSIT}, {@code OUT_FOR_DELIVERY} or {@code DELIVERED}; {@code location} and {@code description} are the
 * carrier's words (Chinese).
 */
public record TrackingEvent(
        String channel,
        String externalId,
        String trackingNo,
        String carrier,
        String orderExternalId,
        String status,
        String location,
        String description,
        Instant occurredAt) {}
