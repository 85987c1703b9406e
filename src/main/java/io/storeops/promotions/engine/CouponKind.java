package io.storeops.promotions.engine;

/** At most one coupon of each kind is used per order; the product coupon is applied first. */
public enum CouponKind {
    /** 店铺券: usually the whole shop. */
    SHOP,
    /** 商品券: a restricted set of products. */
    PRODUCT
}
