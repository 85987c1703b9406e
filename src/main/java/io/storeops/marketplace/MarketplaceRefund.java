package io.storeops.marketplace;

import java.math.BigDecimal;
import java.time.Instant;

/** A refund the merchant made on an order: an amount of at most what was paid and not yet refunded. */
public record MarketplaceRefund(
        String refundId, String orderId, BigDecimal amount, String reason, Instant refundedAt) {}
