package io.storeops.orders;

import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A finished order from before StoreOps (an ERP export, an old shop system) with its outcome, for
 * {@link OrderHistory#importHistory}: DELIVERED, COMPLETED, CANCELLED or REFUNDED, with its real times. Every order
 * but a cancelled one shipped as one parcel; a return and a refund are optional. Amounts: items = Σ unit price ×
 * quantity, total = items − Σ line discounts + shipping fee.
 *
 * @param cancelledAt when a CANCELLED order was cancelled (defaults to an hour after payment)
 * @param parcel the parcel (required unless CANCELLED, absent when CANCELLED)
 * @param returned the return, exchange or refund-only request of the whole order, if any (needs a parcel)
 * @param refund the refund paid, if any (required for REFUNDED)
 */
public record HistoricalOrder(
        String channel,
        String externalId,
        OrderStatus status,
        Instant orderedAt,
        Instant paidAt,
        Instant cancelledAt,
        Buyer buyer,
        Address address,
        List<Line> lines,
        Money shippingFee,
        String paymentMethod,
        Parcel parcel,
        Return returned,
        Refund refund) {

    public HistoricalOrder {
        lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /** When it was paid: {@code paidAt}, or when it was placed if not given. */
    Instant paidOrOrderedAt() {
        return paidAt != null ? paidAt : orderedAt;
    }

    /** When a cancelled order was cancelled: {@code cancelledAt}, or an hour after payment if not given. */
    Instant cancelledOrAssumedAt() {
        return cancelledAt != null ? cancelledAt : paidOrOrderedAt().plus(Duration.ofHours(1));
    }

    Money shippingFeeOrZero() {
        return shippingFee == null ? Money.ZERO : shippingFee;
    }

    /** Who bought (nick on the channel, name, mobile number). */
    public record Buyer(String nick, String name, String phone) {}

    /** Where the order went. */
    public record Address(String province, String city, String district, String detail) {}

    /** One order line; the discount is for the whole line. */
    public record Line(String skuCode, String title, Integer quantity, Money unitPrice, Money discount) {

        Money discountOrZero() {
            return discount == null ? Money.ZERO : discount;
        }

        /** Unit price × quantity − discount (both given). */
        Money amount() {
            return unitPrice.times(BigDecimal.valueOf(quantity)).minus(discountOrZero());
        }
    }

    /**
     * The order's parcel, delivered: warehouse, carrier (SF, ZTO, YTO, STO, YUNDA, JD, EMS), tracking number, when it
     * left and was signed for, and the carrier's scans (a pick-up and a delivery scan are made up when none are given).
     */
    public record Parcel(
            String warehouse,
            String carrier,
            String trackingNo,
            Instant shippedAt,
            Instant deliveredAt,
            List<Scan> scans) {

        public Parcel {
            scans = scans == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(scans));
        }
    }

    /** A carrier scan (status e.g. PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED). */
    public record Scan(String status, String location, String description, Instant occurredAt) {}

    /**
     * A request to send the whole order back (type RETURN by default): reason, when it was asked for and, for goods
     * that came back, when they arrived and whether they could be sold again.
     */
    public record Return(
            ReturnView.Type type,
            ReturnReason reason,
            String note,
            Instant requestedAt,
            Instant receivedAt,
            Boolean resellable) {}

    /** A refund paid to the buyer: amount, whether the fast-refund policy paid it, requested and paid times. */
    public record Refund(Money amount, boolean fast, Instant requestedAt, Instant refundedAt) {}
}
