package io.storeops.orders;

/** The carrier reported a parcel delivered. */
public record ShipmentDelivered(
        long orderId, String orderNo, String shipmentNo, String trackingNo, java.time.Instant at) {}
