package io.storeops.channels;

import io.storeops.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * An order as a channel delivered it, normalised to one model whatever the channel (pulled from a marketplace or
 * pushed by a webhook): buyer, delivery address, lines with prices and discounts, payment. The order module (F4.1)
 * takes it from here.
 */
public record ChannelOrder(
        String channel,
        String externalId,
        Status status,
        Instant createdAt,
        Instant paidAt,
        Buyer buyer,
        Address address,
        List<Line> lines,
        Money shippingFee,
        Money total,
        String paymentMethod,
        String buyerMessage) {

    public ChannelOrder {
        lines = List.copyOf(lines);
    }

    /** Where the order stands on the channel. */
    public enum Status {
        PAID,
        CANCELLED
    }

    public record Buyer(String nick, String name, String phone) {}

    public record Address(String province, String city, String district, String detail) {}

    /** {@code amount} = unit price × quantity − discount. */
    public record Line(
            String skuCode,
            String itemCode,
            String title,
            int quantity,
            Money unitPrice,
            Money discount,
            Money amount) {}
}
