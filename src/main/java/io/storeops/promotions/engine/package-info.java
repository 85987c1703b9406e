/**
 * The promotion price engine (issue 5, F5.1/F5.2): a pure, in-process calculation that prices a cart against the
 * active promotions and the customer's coupons. No Spring, no database: callers load promotions and coupons, map them
 * onto these types and call {@link io.storeops.promotions.engine.PriceEngine#price}. All amounts are {@code long} fen.
 */
@org.springframework.modulith.NamedInterface("engine")
@org.jspecify.annotations.NullMarked
package io.storeops.promotions.engine;
