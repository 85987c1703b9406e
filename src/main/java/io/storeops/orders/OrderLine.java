package io.storeops.orders;

import io.storeops.shared.Money;

/** One line of an order: {@code amount} = unit price × quantity − discount. */
public record OrderLine(
        int lineNo,
        String skuCode,
        String itemCode,
        String title,
        int quantity,
        Money unitPrice,
        Money discount,
        Money amount) {}
