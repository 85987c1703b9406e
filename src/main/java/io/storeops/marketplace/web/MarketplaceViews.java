package io.storeops.marketplace.web;

import io.storeops.marketplace.MarketplaceItem;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.MarketplaceRefund;
import io.storeops.marketplace.MarketplaceReview;
import io.storeops.marketplace.MarketplaceShipment;
import io.storeops.marketplace.MarketplaceTrackingEvent;
import io.storeops.marketplace.internal.Amounts;
import io.storeops.marketplace.internal.FeedPage;
import java.time.Instant;
import java.util.List;

/**
 * How the simulated marketplace writes items, orders, shipments, refunds, tracking events and reviews in JSON: money as
 * 2-decimal strings.
 */
final class MarketplaceViews {

    private MarketplaceViews() {}

    record ItemView(
            String itemCode,
            String title,
            String price,
            MarketplaceItem.Status status,
            List<String> skuCodes,
            long sequence,
            Instant updatedAt) {

        static ItemView of(MarketplaceItem item) {
            return new ItemView(
                    item.itemCode(),
                    item.title(),
                    Amounts.format(item.price()),
                    item.status(),
                    item.skuCodes(),
                    item.sequence(),
                    item.updatedAt());
        }
    }

    record OrderView(
            String orderId,
            MarketplaceOrder.Status status,
            Instant createdAt,
            Instant paidAt,
            Instant updatedAt,
            MarketplaceOrder.Buyer buyer,
            MarketplaceOrder.Address address,
            List<LineView> lines,
            String shippingFee,
            String totalAmount,
            MarketplaceOrder.PaymentMethod paymentMethod,
            String buyerMessage,
            long changeSeq,
            List<RefundLine> refunds) {

        static OrderView of(MarketplaceOrder order) {
            return new OrderView(
                    order.orderId(),
                    order.status(),
                    order.createdAt(),
                    order.paidAt(),
                    order.updatedAt(),
                    order.buyer(),
                    order.address(),
                    order.lines().stream().map(LineView::of).toList(),
                    Amounts.format(order.shippingFee()),
                    Amounts.format(order.totalAmount()),
                    order.paymentMethod(),
                    order.buyerMessage(),
                    order.changeSeq(),
                    order.refunds().stream().map(RefundLine::of).toList());
        }
    }

    /** A refund as listed on its order. */
    record RefundLine(String refundId, String amount, Instant refundedAt) {

        static RefundLine of(MarketplaceOrder.Refund refund) {
            return new RefundLine(refund.refundId(), Amounts.format(refund.amount()), refund.refundedAt());
        }
    }

    record ShipmentView(
            String shipmentId,
            String orderId,
            String carrier,
            String trackingNo,
            List<MarketplaceShipment.Line> lines,
            Instant acceptedAt) {

        static ShipmentView of(MarketplaceShipment shipment) {
            return new ShipmentView(
                    shipment.shipmentId(),
                    shipment.orderId(),
                    shipment.carrier(),
                    shipment.trackingNo(),
                    shipment.lines(),
                    shipment.acceptedAt());
        }
    }

    /** {@code status} is always {@code REFUNDED}: the simulated platform refunds at once. */
    record RefundView(
            String refundId, String orderId, String amount, String status, String reason, Instant refundedAt) {

        static RefundView of(MarketplaceRefund refund) {
            return new RefundView(
                    refund.refundId(),
                    refund.orderId(),
                    Amounts.format(refund.amount()),
                    "REFUNDED",
                    refund.reason(),
                    refund.refundedAt());
        }
    }

    record TrackingPage(List<MarketplaceTrackingEvent> events, String nextCursor, boolean hasMore) {

        static TrackingPage of(FeedPage<MarketplaceTrackingEvent> page) {
            return new TrackingPage(page.entries(), Long.toString(page.nextCursor()), page.hasMore());
        }
    }

    record LineView(
            String lineId,
            String skuCode,
            String itemCode,
            String title,
            int quantity,
            String unitPrice,
            String discount,
            String amount) {

        static LineView of(MarketplaceOrder.Line line) {
            return new LineView(
                    line.lineId(),
                    line.skuCode(),
                    line.itemCode(),
                    line.title(),
                    line.quantity(),
                    Amounts.format(line.unitPrice()),
                    Amounts.format(line.discount()),
                    Amounts.format(line.amount()));
        }
    }

    /** {@code nextCursor} is a string, like the ids of real platforms, so no client loses precision. */
    record OrderPage(List<OrderView> orders, String nextCursor, boolean hasMore) {

        static OrderPage of(FeedPage<MarketplaceOrder> page) {
            return new OrderPage(
                    page.entries().stream().map(OrderView::of).toList(),
                    Long.toString(page.nextCursor()),
                    page.hasMore());
        }
    }

    record ReviewPage(List<MarketplaceReview> reviews, String nextCursor, boolean hasMore) {

        static ReviewPage of(FeedPage<MarketplaceReview> page) {
            return new ReviewPage(page.entries(), Long.toString(page.nextCursor()), page.hasMore());
        }
    }
}
