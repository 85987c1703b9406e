package io.storeops.orders;

/** The carrier reported a parcel delivered. */
public record ShipmentDelivered(
        OrderId orderId, String orderNo, String shipmentNo, String trackingNo, java.time.Instant at) {}
