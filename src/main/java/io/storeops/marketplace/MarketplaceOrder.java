package io.storeops.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as the marketplace holds it. Each line's {@code amount} is {@code unitPrice × quantity − discount};
 * {@code totalAmount} is the sum of the line amounts plus {@code shippingFee}; {@code refunds} are the refunds made
 * on it so far, oldest first. {@code changeSeq} is the position of the order's latest change (creation, cancellation,
 * shipment or refund) in the shop's order feed.
 */
public record MarketplaceOrder(
        String orderId,
        Status status,
        Instant createdAt,
        Instant paidAt,
        Instant updatedAt,
        Buyer buyer,
        Address address,
        List<Line> lines,
        BigDecimal shippingFee,
        BigDecimal totalAmount,
        PaymentMethod paymentMethod,
        String buyerMessage,
        long changeSeq,
        List<Refund> refunds) {

    public MarketplaceOrder {
        lines = List.copyOf(lines);
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }

    /** An order without refunds. */
    public MarketplaceOrder(
            String orderId,
            Status status,
            Instant createdAt,
            Instant paidAt,
            Instant updatedAt,
            Buyer buyer,
            Address address,
            List<Line> lines,
            BigDecimal shippingFee,
            BigDecimal totalAmount,
            PaymentMethod paymentMethod,
            String buyerMessage,
            long changeSeq) {
        this(
                orderId,
                status,
                createdAt,
                paidAt,
                updatedAt,
                buyer,
                address,
                lines,
                shippingFee,
                totalAmount,
                paymentMethod,
                buyerMessage,
                changeSeq,
                List.of());
    }

    /** The same order, now cancelled at {@code at} with the new feed position {@code changeSeq}. */
    public MarketplaceOrder cancelled(Instant at, long changeSeq) {
        return new MarketplaceOrder(
                orderId,
                Status.CANCELLED,
                createdAt,
                paidAt,
                at,
                buyer,
                address,
                lines,
                shippingFee,
                totalAmount,
                paymentMethod,
                buyerMessage,
                changeSeq,
                refunds);
    }

    /** The same order with status {@code status} after a shipment at {@code at}, at feed position {@code changeSeq}. */
    public MarketplaceOrder shipped(Status status, Instant at, long changeSeq) {
        return new MarketplaceOrder(
                orderId,
                status,
                createdAt,
                paidAt,
                at,
                buyer,
                address,
                lines,
                shippingFee,
                totalAmount,
                paymentMethod,
                buyerMessage,
                changeSeq,
                refunds);
    }

    /** The same order with one more refund, at feed position {@code changeSeq}. */
    public MarketplaceOrder refunded(Refund refund, long changeSeq) {
        var all = new java.util.ArrayList<>(refunds);
        all.add(refund);
        return new MarketplaceOrder(
                orderId,
                status,
                createdAt,
                paidAt,
                refund.refundedAt(),
                buyer,
                address,
                lines,
                shippingFee,
                totalAmount,
                paymentMethod,
                buyerMessage,
                changeSeq,
                all);
    }

    /** What was refunded so far. */
    public BigDecimal refundedAmount() {
        return refunds.stream().map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Where the order stands: paid, cancelled by the buyer (only before anything was shipped), partly or fully
     * shipped.
     */
    public enum Status {
        PAID,
        CANCELLED,
        PARTIALLY_SHIPPED,
        SHIPPED
    }

    /** A refund made on the order. */
    public record Refund(String refundId, BigDecimal amount, Instant refundedAt) {}

    public enum PaymentMethod {
        ALIPAY,
        WECHAT,
        CARD
    }

    /** The buyer: marketplace nickname, real name and 11-digit mobile number. */
    public record Buyer(String nick, String name, String phone) {}

    /** The shipping address; {@code district} or {@code detail} may be blank on an incomplete address. */
    public record Address(String province, String city, String district, String detail) {}

    /** One order line. */
    public record Line(
            String lineId,
            String skuCode,
            String itemCode,
            String title,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount,
            BigDecimal amount) {}
}
