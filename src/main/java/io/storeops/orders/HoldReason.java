package io.storeops.orders;

import io.storeops.shared.Message;

/**
 * Why an order was held for a person (F4.2): a rule code and its message, with the detail that
 * made the rule fire (e.g. the amount and the buyer's usual).
 */
public record HoldReason(Code code, Message message) {

    public enum Code {
        ADDRESS_INCOMPLETE,
        ADDRESS_SUSPICIOUS,
        AMOUNT_UNUSUAL,
        BLACKLISTED,
        SKU_UNMAPPED,
        BUYER_MESSAGE
    }
}
