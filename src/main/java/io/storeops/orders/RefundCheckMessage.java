package io.storeops.orders;

import io.storeops.shared.MessageCode;

/** What a check of the fast-refund policy found; a passed check of a risk (blacklist, review) says nothing. */
enum RefundCheckMessage implements MessageCode {
    REFUND_CHECK_ENABLED,
    REFUND_CHECK_DISABLED,
    /** {@code {amount} ≤ {limit}}, amounts of money. */
    REFUND_CHECK_AMOUNT,
    /** The buyer's delivered orders {@code {delivered}} against the policy's {@code {min}}. */
    REFUND_CHECK_HISTORY,
    /** The buyer's refunds in 90 days {@code {refunds}} against the policy's {@code {max}}. */
    REFUND_CHECK_REFUNDS,
    REFUND_CHECK_BLACKLISTED,
    REFUND_CHECK_HELD
}
