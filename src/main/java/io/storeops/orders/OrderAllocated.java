package io.storeops.orders;

/** Stock was reserved for the order in these warehouses (one shipment per warehouse). */
public record OrderAllocated(OrderId orderId, String orderNo, java.util.List<Allocation> allocations) {}
