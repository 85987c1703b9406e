package io.storeops.orders;

import java.time.Instant;

/** One step on an order's timeline. */
public record OrderEvent(long id, Instant at, String type, String actor, String summary, String detailJson) {}
