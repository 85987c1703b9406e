package io.storeops.orders;

import java.util.List;

/** Automatic review held the order for a person; the reasons say why. */
public record OrderHeld(OrderId orderId, String orderNo, List<HoldReason.Code> reasons) {}
