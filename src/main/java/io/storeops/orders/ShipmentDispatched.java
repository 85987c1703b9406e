package io.storeops.orders;

import java.time.Instant;

/** A parcel left the warehouse with a carrier (a replacement parcel too, for a reship). */
public record ShipmentDispatched(
        OrderId orderId,
        String orderNo,
        String channel,
        String shipmentNo,
        String warehouse,
        String carrier,
        String trackingNo,
        boolean replacement,
        Instant at) {}
