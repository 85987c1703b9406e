package io.storeops.orders;

import io.storeops.shared.FieldErrorException;
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
            throw new FieldErrorException("orders[" + index + "]", "必填 / required");
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
            throw new FieldErrorException(
                    at + "status",
                    "须为 DELIVERED、COMPLETED、CANCELLED 或 REFUNDED / must be DELIVERED, COMPLETED, CANCELLED or REFUNDED");
        }
        past(o.orderedAt(), at + "orderedAt", null);
        if (o.paidAt() != null) {
            past(o.paidAt(), at + "paidAt", o.orderedAt());
        }
    }

    /** Checks the lines and the shipping fee; answers the order's total. */
    private Money checkLines(HistoricalOrder o, String at) {
        if (o.lines().isEmpty() || o.lines().size() > MAX_LINES) {
            throw new FieldErrorException(at + "lines", "1–200 行 / 1 to 200 lines");
        }
        Money total = o.shippingFeeOrZero();
        if (total.isNegative()) {
            throw new FieldErrorException(at + "shippingFee", "不能为负 / must not be negative");
        }
        for (int l = 0; l < o.lines().size(); l++) {
            total = total.plus(checkLine(o.lines().get(l), at + "lines[" + l + "]"));
        }
        return total;
    }

    /** Checks a line; answers its amount. */
    private static Money checkLine(HistoricalOrder.Line line, String at) {
        if (line == null) {
            throw new FieldErrorException(at, "必填 / required");
        }
        text(line.skuCode(), at + ".skuCode", 64);
        if (line.quantity() == null || line.quantity() < 1 || line.quantity() > 9999) {
            throw new FieldErrorException(at + ".quantity", "须在 1–9999 之间 / must be 1 to 9999");
        }
        if (line.unitPrice() == null || line.unitPrice().isNegative()) {
            throw new FieldErrorException(at + ".unitPrice", "必填且不能为负 / required, not negative");
        }
        if (line.discountOrZero().isNegative() || line.amount().isNegative()) {
            throw new FieldErrorException(at + ".discount", "须在 0 与行金额之间 / between 0 and the line amount");
        }
        return line.amount();
    }

    private void checkCancelled(HistoricalOrder o, String at) {
        if (o.parcel() != null) {
            throw new FieldErrorException(at + "parcel", "已取消的订单没有包裹 / a cancelled order has no parcel");
        }
        if (o.returned() != null) {
            throw new FieldErrorException(at + "returned", "已取消的订单不能退货 / a cancelled order has no return");
        }
        if (o.cancelledAt() != null) {
            past(o.cancelledAt(), at + "cancelledAt", o.orderedAt());
        }
    }

    private void checkShipped(HistoricalOrder o, String at) {
        if (o.cancelledAt() != null) {
            throw new FieldErrorException(at + "cancelledAt", "仅用于已取消的订单 / only for a cancelled order");
        }
        if (o.parcel() == null) {
            throw new FieldErrorException(at + "parcel", "已发货的订单须有包裹 / a shipped order needs its parcel");
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
            throw new FieldErrorException(
                    at + "carrier", "未知快递公司 / unknown carrier (SF, ZTO, YTO, STO, YUNDA, JD, EMS)");
        }
        if (parcel.trackingNo() == null || !parcel.trackingNo().strip().matches("[A-Za-z0-9]{6,40}")) {
            throw new FieldErrorException(at + "trackingNo", "运单号须为 6–40 位字母数字 / 6 to 40 letters and digits");
        }
        past(parcel.shippedAt(), at + "shippedAt", o.paidOrOrderedAt());
        past(parcel.deliveredAt(), at + "deliveredAt", parcel.shippedAt());
        for (int s = 0; s < parcel.scans().size(); s++) {
            HistoricalOrder.Scan scan = parcel.scans().get(s);
            String scanAt = at + "scans[" + s + "]";
            if (scan == null) {
                throw new FieldErrorException(scanAt, "必填 / required");
            }
            text(scan.status(), scanAt + ".status", 32);
            past(scan.occurredAt(), scanAt + ".occurredAt", o.orderedAt());
        }
    }

    private void checkReturn(HistoricalOrder.Return r, HistoricalOrder.Parcel parcel, String at) {
        if (r.reason() == null) {
            throw new FieldErrorException(at + "reason", "必填 / required");
        }
        past(r.requestedAt(), at + "requestedAt", parcel.shippedAt());
        if (r.receivedAt() != null) {
            past(r.receivedAt(), at + "receivedAt", r.requestedAt());
            if (r.resellable() == null) {
                throw new FieldErrorException(at + "resellable", "收到退货时必填 / required with receivedAt");
            }
        }
    }

    private void checkRefund(HistoricalOrder o, String at, Money total) {
        HistoricalOrder.Refund refund = o.refund();
        if (refund == null) {
            if (o.status() == OrderStatus.REFUNDED) {
                throw new FieldErrorException(at + "refund", "已退款的订单须有退款 / a refunded order needs its refund");
            }
            return;
        }
        String fa = at + "refund.";
        if (refund.amount() == null || refund.amount().amount().signum() <= 0 || total.isLessThan(refund.amount())) {
            throw new FieldErrorException(
                    fa + "amount", "须大于 0 且不超过订单金额 %s / more than 0, at most the total %s".formatted(total, total));
        }
        past(refund.requestedAt(), fa + "requestedAt", o.orderedAt());
        past(refund.refundedAt(), fa + "refundedAt", refund.requestedAt());
    }

    private static void text(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new FieldErrorException(field, "1–%d 个字符 / 1 to %d characters".formatted(max, max));
        }
    }

    private void past(Instant at, String field, Instant notBefore) {
        if (at == null) {
            throw new FieldErrorException(field, "必填 / required");
        }
        if (at.isAfter(now)) {
            throw new FieldErrorException(field, "不能晚于现在 / must not be in the future");
        }
        if (notBefore != null && at.isBefore(notBefore)) {
            throw new FieldErrorException(field, "不能早于 %s / must not be before %s".formatted(notBefore, notBefore));
        }
    }
}
