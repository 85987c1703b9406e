package io.storeops.orders;

import io.storeops.shared.Money;
import java.time.Instant;
import java.util.List;

/** A row of the order list. */
public record OrderSummary(
        long id,
        String orderNo,
        String channel,
        String externalId,
        OrderStatus status,
        List<HoldReason> holdReasons,
        String buyerName,
        String buyerPhone,
        String province,
        String city,
        Money total,
        int units,
        String warehouses,
        Instant orderedAt,
        Instant shipBy) {}
