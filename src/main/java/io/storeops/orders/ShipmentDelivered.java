package io.storeops.orders;

import java.time.Instant;

/** The carrier reported a parcel delivered. */
public record ShipmentDelivered(OrderId orderId, String orderNo, String shipmentNo, String trackingNo, Instant at) {}
