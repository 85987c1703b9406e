package io.storeops.orders;

/** Automatic review held the order for a person; the reasons say why. */
public record OrderHeld(OrderId orderId, String orderNo, java.util.List<HoldReason.Code> reasons) {}
