package io.storeops.catalog;

/** The identity of a product (SPU). */
public record ProductId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
