package io.storeops.channels.internal;

import io.storeops.channels.ChannelMessage;
import io.storeops.channels.ChannelOrder;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads an order in the JSON shape channels send (the webhook body and the simulated marketplace's order feed share
 * it; only the names of the id and total fields differ) into the normalised {@link ChannelOrder}. Optional amounts
 * stay {@code null} when the channel does not send them; a line amount is derived from unit price, quantity and
 * discount when absent. A channel's {@code SHIPPED} or {@code PARTIALLY_SHIPPED} order is read as {@code PAID}.
 */
public final class OrderJson {

    private static final int MAX_ID_LENGTH = 100;

    private final String idField;
    private final String totalField;

    private OrderJson(String idField, String totalField) {
        this.idField = idField;
        this.totalField = totalField;
    }

    /** The webhook body: {@code externalId}, {@code total}. */
    public static final OrderJson WEBHOOK = new OrderJson("externalId", "total");

    /** The simulated marketplace's order feed: {@code orderId}, {@code totalAmount}. */
    public static final OrderJson MARKETPLACE = new OrderJson("orderId", "totalAmount");

    public ChannelOrder read(String channel, JsonNode order) {
        String externalId = text(order, idField);
        if (externalId == null) {
            throw new Invalid(idField, Message.of(ChannelMessage.REQUIRED));
        }
        if (externalId.length() > MAX_ID_LENGTH) {
            throw new Invalid(idField, Message.of(ChannelMessage.TOO_LONG, "max", MAX_ID_LENGTH));
        }
        JsonNode lines = order.get("lines");
        if (lines == null || !lines.isArray() || lines.isEmpty()) {
            throw new Invalid("lines", Message.of(ChannelMessage.NO_LINES));
        }
        List<ChannelOrder.Line> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            read.add(line(lines.get(i), "lines[" + i + "]."));
        }
        String statusText = text(order, "status");
        ChannelOrder.Status status;
        try {
            // A (partly) shipped order is still a paid, not cancelled one: shipping is ours to report, not to receive.
            status = statusText == null || statusText.equals("SHIPPED") || statusText.equals("PARTIALLY_SHIPPED")
                    ? ChannelOrder.Status.PAID
                    : ChannelOrder.Status.valueOf(statusText);
        } catch (IllegalArgumentException e) {
            throw new Invalid("status", Message.of(ChannelMessage.STATUS_INVALID));
        }
        JsonNode buyer = order.get("buyer");
        JsonNode address = order.get("address");
        Money shippingFee = money(order, "shippingFee", "shippingFee");
        Money total = money(order, totalField, totalField);
        if (total == null && read.stream().allMatch(l -> l.amount() != null)) {
            total = read.stream()
                    .map(ChannelOrder.Line::amount)
                    .reduce(shippingFee == null ? Money.ZERO : shippingFee, Money::plus);
        }
        return new ChannelOrder(
                channel,
                externalId,
                status,
                instant(order, "createdAt"),
                instant(order, "paidAt"),
                buyer == null || !buyer.isObject()
                        ? null
                        : new ChannelOrder.Buyer(text(buyer, "nick"), text(buyer, "name"), text(buyer, "phone")),
                address == null || !address.isObject()
                        ? null
                        : new ChannelOrder.Address(
                                text(address, "province"),
                                text(address, "city"),
                                text(address, "district"),
                                text(address, "detail")),
                read,
                shippingFee,
                total,
                text(order, "paymentMethod"),
                text(order, "buyerMessage"));
    }

    private static ChannelOrder.Line line(JsonNode line, String prefix) {
        if (line == null || !line.isObject()) {
            throw new Invalid(prefix.substring(0, prefix.length() - 1), Message.of(ChannelMessage.NOT_AN_OBJECT));
        }
        String sku = text(line, "skuCode");
        if (sku == null) {
            throw new Invalid(prefix + "skuCode", Message.of(ChannelMessage.REQUIRED));
        }
        JsonNode quantity = line.get("quantity");
        if (quantity == null || !quantity.canConvertToInt() || !quantity.isIntegralNumber() || quantity.asInt() <= 0) {
            throw new Invalid(prefix + "quantity", Message.of(ChannelMessage.QUANTITY_NOT_POSITIVE));
        }
        Money unitPrice = money(line, "unitPrice", prefix + "unitPrice");
        if (unitPrice == null) {
            unitPrice = money(line, "price", prefix + "price");
        }
        Money discount = money(line, "discount", prefix + "discount");
        Money amount = money(line, "amount", prefix + "amount");
        if (amount == null && unitPrice != null) {
            amount = unitPrice
                    .times(BigDecimal.valueOf(quantity.asInt()))
                    .minus(discount == null ? Money.ZERO : discount);
        }
        return new ChannelOrder.Line(
                sku, text(line, "itemCode"), text(line, "title"), quantity.asInt(), unitPrice, discount, amount);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isString() || value.asString().isBlank()
                ? null
                : value.asString().strip();
    }

    private static Money money(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            BigDecimal amount = value.isNumber()
                    ? value.decimalValue()
                    : new BigDecimal(value.asString().strip());
            if (amount.signum() < 0) {
                throw new Invalid(path, Message.of(ChannelMessage.AMOUNT_NEGATIVE, "amount", amount.toPlainString()));
            }
            return Money.of(amount);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Invalid(path, Message.of(ChannelMessage.AMOUNT_FORMAT));
        } catch (IllegalArgumentException e) {
            throw new Invalid(path, Message.of(ChannelMessage.AMOUNT_DECIMALS));
        }
    }

    private static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invalid(field, Message.of(ChannelMessage.INSTANT_FORMAT));
        }
    }

    /** A field of the order is missing or malformed. */
    public static final class Invalid extends RuntimeException {

        private final String field;
        private final Message problem;

        Invalid(String field, Message problem) {
            super(field + ": " + problem);
            this.field = field;
            this.problem = problem;
        }

        public String field() {
            return field;
        }

        /** What is wrong with the field. */
        public Message problem() {
            return problem;
        }
    }
}
