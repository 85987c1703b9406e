package io.storeops.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as the marketplace holds it. Each line's {@code amount} is {@code unitPrice × quantity − discount};
 * {@code totalAmount} is the sum of the line amounts plus {@code shippingFee}. {@code changeSeq} is the position of
 * the order's latest change (creation or cancellation) in the shop's order feed.
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
        long changeSeq) {

    public MarketplaceOrder {
        lines = List.copyOf(lines);
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
                changeSeq);
    }

    public enum Status {
        PAID,
        CANCELLED
    }

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
