package io.storeops.orders;

/** A parcel's progress: waiting in the warehouse, handed to the carrier, scanned on the way, delivered. */
public enum ShipmentStatus {
    PENDING,
    SHIPPED,
    IN_TRANSIT,
    DELIVERED
}
