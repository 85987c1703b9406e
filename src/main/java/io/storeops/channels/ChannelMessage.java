package io.storeops.channels;

import io.storeops.shared.MessageCode;

/**
 * What the channels module tells a user or a channel: refused channel orders, connection settings, connection tests
 * and failed marketplace calls.
 */
public enum ChannelMessage implements MessageCode {
    /** A webhook body that does not parse as JSON. */
    BODY_NOT_JSON,
    BODY_NOT_OBJECT,
    /** A field of a channel order that must be there. */
    REQUIRED,
    TOO_LONG,
    NO_LINES,
    STATUS_INVALID,
    NOT_AN_OBJECT,
    QUANTITY_NOT_POSITIVE,
    AMOUNT_NEGATIVE,
    AMOUNT_FORMAT,
    AMOUNT_DECIMALS,
    INSTANT_FORMAT,
    UNKNOWN_CHANNEL,
    TIME_OUT_OF_RANGE,
    /** One field's problem in a rejected order: {@code field} and the nested {@code problem}. */
    FIELD_PROBLEM,
    /** Why a pulled order was not taken in: the list of its {@link #FIELD_PROBLEM}s. */
    ORDER_REJECTED,
    /** A reason stored as text before reasons were codes. */
    LEGACY_TEXT,
    ENCRYPTION_UNAVAILABLE,
    SECRET_REQUIRED,
    SECRET_TOO_SHORT,
    CONNECTION_STALE,
    CONFIGURED_BY_ENVIRONMENT,
    /** A shop: letters, digits, _.- (at most 64). */
    SHOP_FORMAT,
    /** A base URL: http(s) or blank. */
    BASE_URL_FORMAT,
    CANNOT_RECONCILE,
    CONNECTION_OK,
    /** A connection test failed with something other than a marketplace answer; {@code error} names it. */
    CONNECTION_FAILED,
    /** The marketplace answered an error status; {@code body} is the start of its answer, as it sent it. */
    CHANNEL_ANSWERED,
    /** No answer; {@code error} is the kind of I/O failure (e.g. ConnectException). */
    CHANNEL_UNREACHABLE,
    CHANNEL_INTERRUPTED,
    WEBHOOK_ANSWERED,
    WEBHOOK_UNREACHABLE,
    /** Our own call rate limit for the channel did not let the call out in time. */
    RATE_LIMIT_REACHED,
    /** Reading a feed failed otherwise; {@code error} is the failure as the program reported it. */
    CHANNEL_FAILED
}
