package io.storeops.orders;

/** Stock was reserved for the order in these warehouses (one shipment per warehouse). */
public record OrderAllocated(long orderId, String orderNo, java.util.List<Allocation> allocations) {}
