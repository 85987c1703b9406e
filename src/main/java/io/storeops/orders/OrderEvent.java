package io.storeops.orders;

import io.storeops.shared.Message;
import java.time.Instant;

/** One step on an order's timeline: what happened ({@code summary}, translated by the console), when and by whom. */
public record OrderEvent(long id, Instant at, String type, String actor, Message summary, String detailJson) {}
