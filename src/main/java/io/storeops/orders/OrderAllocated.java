package io.storeops.orders;

import java.util.List;

/** Stock was reserved for the order in these warehouses (one shipment per warehouse). */
public record OrderAllocated(OrderId orderId, String orderNo, List<Allocation> allocations) {}
