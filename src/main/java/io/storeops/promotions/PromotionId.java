package io.storeops.promotions;

/** The identity of a promotion. */
public record PromotionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
