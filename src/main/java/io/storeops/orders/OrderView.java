package io.storeops.orders;

import io.storeops.shared.Money;
import java.time.Instant;
import java.util.List;

/** An order as stored, with its lines, its reservations per warehouse and, if held, why. */
public record OrderView(
        long id,
        String orderNo,
        String channel,
        String externalId,
        String source,
        OrderStatus status,
        List<HoldReason> holdReasons,
        String buyerNick,
        String buyerName,
        String buyerPhone,
        String province,
        String city,
        String district,
        String addressDetail,
        Money itemsAmount,
        Money discount,
        Money shippingFee,
        Money total,
        String paymentMethod,
        String buyerMessage,
        Instant orderedAt,
        Instant paidAt,
        Instant shipBy,
        Long mergeGroup,
        List<OrderLine> lines,
        List<Allocation> allocations,
        int version,
        Instant updatedAt) {}
