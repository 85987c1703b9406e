package io.storeops.orders;

/**
 * Why an order was held for a person (F4.2): a rule code and the message in Chinese and English, with the detail that
 * made the rule fire (e.g. the amount and the buyer's usual).
 */
public record HoldReason(Code code, String message) {

    public enum Code {
        ADDRESS_INCOMPLETE,
        ADDRESS_SUSPICIOUS,
        AMOUNT_UNUSUAL,
        BLACKLISTED,
        SKU_UNMAPPED,
        BUYER_MESSAGE
    }
}
