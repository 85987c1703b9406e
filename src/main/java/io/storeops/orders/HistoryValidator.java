package io.storeops.orders;

import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.time.Instant;
import java.util.Locale;

/**
 * Checks a historical order before anything of its batch is stored: the first problem fails the batch with a field
 * error naming {@code orders[i].field}. Times must not lie in the future nor before what precedes them.
 */
final class HistoryValidator {

    private static final int MAX_LINES = 200;

    private final Instant now;

    HistoryValidator(Instant now) {
        this.now = now;
    }

    void check(HistoricalOrder o, int index) {
        if (o == null) {
            throw new FieldErrorException("orders[" + index + "]", Message.of(OrderMessage.REQUIRED));
        }
        String at = "orders[" + index + "].";
        checkHeader(o, at);
        Money total = checkLines(o, at);
        if (o.status() == OrderStatus.CANCELLED) {
            checkCancelled(o, at);
        } else {
            checkShipped(o, at);
        }
        checkRefund(o, at, total);
    }

    private void checkHeader(HistoricalOrder o, String at) {
        text(o.channel(), at + "channel", 32);
        text(o.externalId(), at + "externalId", 100);
        if (o.status() == null || !OrderHistory.FINISHED.contains(o.status())) {
            throw new FieldErrorException(at + "status", Message.of(OrderMessage.HISTORY_STATUS));
        }
        past(o.orderedAt(), at + "orderedAt", null);
        if (o.paidAt() != null) {
            past(o.paidAt(), at + "paidAt", o.orderedAt());
        }
    }

    /** Checks the lines and the shipping fee; answers the order's total. */
    private Money checkLines(HistoricalOrder o, String at) {
        if (o.lines().isEmpty() || o.lines().size() > MAX_LINES) {
            throw new FieldErrorException(at + "lines", Message.of(OrderMessage.LINES_RANGE, "max", MAX_LINES));
        }
        Money total = o.shippingFeeOrZero();
        if (total.isNegative()) {
            throw new FieldErrorException(at + "shippingFee", Message.of(OrderMessage.NOT_NEGATIVE));
        }
        for (int l = 0; l < o.lines().size(); l++) {
            total = total.plus(checkLine(o.lines().get(l), at + "lines[" + l + "]"));
        }
        return total;
    }

    /** Checks a line; answers its amount. */
    private static Money checkLine(HistoricalOrder.Line line, String at) {
        if (line == null) {
            throw new FieldErrorException(at, Message.of(OrderMessage.REQUIRED));
        }
        text(line.skuCode(), at + ".skuCode", 64);
        if (line.quantity() == null || line.quantity() < 1 || line.quantity() > 9999) {
            throw new FieldErrorException(at + ".quantity", Message.of(OrderMessage.QUANTITY_RANGE));
        }
        if (line.unitPrice() == null || line.unitPrice().isNegative()) {
            throw new FieldErrorException(at + ".unitPrice", Message.of(OrderMessage.REQUIRED_NOT_NEGATIVE));
        }
        if (line.discountOrZero().isNegative() || line.amount().isNegative()) {
            throw new FieldErrorException(at + ".discount", Message.of(OrderMessage.DISCOUNT_RANGE));
        }
        return line.amount();
    }

    private void checkCancelled(HistoricalOrder o, String at) {
        if (o.parcel() != null) {
            throw new FieldErrorException(at + "parcel", Message.of(OrderMessage.CANCELLED_HAS_NO_PARCEL));
        }
        if (o.returned() != null) {
            throw new FieldErrorException(at + "returned", Message.of(OrderMessage.CANCELLED_HAS_NO_RETURN));
        }
        if (o.cancelledAt() != null) {
            past(o.cancelledAt(), at + "cancelledAt", o.orderedAt());
        }
    }

    private void checkShipped(HistoricalOrder o, String at) {
        if (o.cancelledAt() != null) {
            throw new FieldErrorException(at + "cancelledAt", Message.of(OrderMessage.ONLY_FOR_CANCELLED));
        }
        if (o.parcel() == null) {
            throw new FieldErrorException(at + "parcel", Message.of(OrderMessage.SHIPPED_NEEDS_PARCEL));
        }
        checkParcel(o, at + "parcel.");
        if (o.returned() != null) {
            checkReturn(o.returned(), o.parcel(), at + "returned.");
        }
    }

    private void checkParcel(HistoricalOrder o, String at) {
        HistoricalOrder.Parcel parcel = o.parcel();
        text(parcel.warehouse(), at + "warehouse", 32);
        String carrier =
                parcel.carrier() == null ? "" : parcel.carrier().strip().toUpperCase(Locale.ROOT);
        if (!Fulfilment.CARRIERS.contains(carrier)) {
            throw new FieldErrorException(at + "carrier", Message.of(OrderMessage.UNKNOWN_CARRIER_OF));
        }
        if (parcel.trackingNo() == null || !parcel.trackingNo().strip().matches("[A-Za-z0-9]{6,40}")) {
            throw new FieldErrorException(at + "trackingNo", Message.of(OrderMessage.TRACKING_NO_FORMAT));
        }
        past(parcel.shippedAt(), at + "shippedAt", o.paidOrOrderedAt());
        past(parcel.deliveredAt(), at + "deliveredAt", parcel.shippedAt());
        for (int s = 0; s < parcel.scans().size(); s++) {
            HistoricalOrder.Scan scan = parcel.scans().get(s);
            String scanAt = at + "scans[" + s + "]";
            if (scan == null) {
                throw new FieldErrorException(scanAt, Message.of(OrderMessage.REQUIRED));
            }
            text(scan.status(), scanAt + ".status", 32);
            past(scan.occurredAt(), scanAt + ".occurredAt", o.orderedAt());
        }
    }

    private void checkReturn(HistoricalOrder.Return r, HistoricalOrder.Parcel parcel, String at) {
        if (r.reason() == null) {
            throw new FieldErrorException(at + "reason", Message.of(OrderMessage.REQUIRED));
        }
        past(r.requestedAt(), at + "requestedAt", parcel.shippedAt());
        if (r.receivedAt() != null) {
            past(r.receivedAt(), at + "receivedAt", r.requestedAt());
            if (r.resellable() == null) {
                throw new FieldErrorException(at + "resellable", Message.of(OrderMessage.REQUIRED_WITH_RECEIVED_AT));
            }
        }
    }

    private void checkRefund(HistoricalOrder o, String at, Money total) {
        HistoricalOrder.Refund refund = o.refund();
        if (refund == null) {
            if (o.status() == OrderStatus.REFUNDED) {
                throw new FieldErrorException(at + "refund", Message.of(OrderMessage.REFUNDED_NEEDS_REFUND));
            }
            return;
        }
        String fa = at + "refund.";
        if (refund.amount() == null || refund.amount().amount().signum() <= 0 || total.isLessThan(refund.amount())) {
            throw new FieldErrorException(fa + "amount", Message.of(OrderMessage.REFUND_AMOUNT_RANGE, "total", total));
        }
        past(refund.requestedAt(), fa + "requestedAt", o.orderedAt());
        past(refund.refundedAt(), fa + "refundedAt", refund.requestedAt());
    }

    private static void text(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new FieldErrorException(field, Message.of(OrderMessage.CHARACTERS, "max", max));
        }
    }

    private void past(Instant at, String field, Instant notBefore) {
        if (at == null) {
            throw new FieldErrorException(field, Message.of(OrderMessage.REQUIRED));
        }
        if (at.isAfter(now)) {
            throw new FieldErrorException(field, Message.of(OrderMessage.NOT_IN_FUTURE));
        }
        if (notBefore != null && at.isBefore(notBefore)) {
            throw new FieldErrorException(field, Message.of(OrderMessage.NOT_BEFORE, "time", notBefore.toString()));
        }
    }
}
