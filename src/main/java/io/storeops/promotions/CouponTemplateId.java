package io.storeops.promotions;

/** The identity of a coupon template (a kind of coupon customers claim). */
public record CouponTemplateId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
