package io.storeops.orders;

/** The identity of a stored order, as other modules and the orders module's events refer to it. */
public record OrderId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
