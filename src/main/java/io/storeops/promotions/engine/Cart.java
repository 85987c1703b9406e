package io.storeops.promotions.engine;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cart to be priced.
 *
 * @param channel the sales channel code the order is placed on
 * @param memberTier the customer's member tier, {@code null} for non-members
 * @param at the pricing instant: promotions are considered when active at this instant
 * @param lines the lines, line ids unique
 * @param coupons the customer's claimed, usable coupons; the engine picks the best at most one per kind
 */
public record Cart(
        String channel, @Nullable String memberTier, Instant at, List<CartLine> lines, List<CouponOffer> coupons) {

    public Cart {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        lines = List.copyOf(lines);
        coupons = List.copyOf(coupons);
        var ids = new HashSet<String>();
        for (CartLine line : lines) {
            if (!ids.add(line.lineId())) {
                throw new IllegalArgumentException("duplicate line id: " + line.lineId());
            }
        }
    }
}
