package io.storeops.shared;

/** Messages of the shared kernel's value types. */
enum SharedMessage implements MessageCode {
    /** A date outside {@link AcceptedDates}. */
    DATE_OUT_OF_RANGE,
    /** A date outside {@link AcceptedDates}, naming the value given. */
    DATE_OUT_OF_RANGE_GIVEN,
    INVALID_PHONE_NUMBER,
    UNSUPPORTED_SORT
}
