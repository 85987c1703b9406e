package io.storeops.promotions.engine;

import java.util.List;

/**
 * The priced cart. {@code totalFen = subtotalFen − discountFen} and the lines' {@code finalFen} sum to
 * {@code totalFen} exactly.
 *
 * @param subtotalFen the listing amount
 * @param lines in cart order
 * @param applied what was applied, in stage order
 * @param notApplied promotions in scope of the cart (see {@link PriceEngine}) and coupons that were not applied, with
 *     the reason
 * @param notInScope how many promotions were left out, unexplained, because their scope cannot match the cart
 * @param gifts 满赠 gifts, at ¥0
 * @param couponsUsed claim ids, the product coupon first
 */
public record PriceResult(
        long subtotalFen,
        long totalFen,
        long discountFen,
        List<PricedLine> lines,
        List<Applied> applied,
        List<NotApplied> notApplied,
        int notInScope,
        List<GiftLine> gifts,
        List<String> couponsUsed) {

    public PriceResult {
        lines = List.copyOf(lines);
        applied = List.copyOf(applied);
        notApplied = List.copyOf(notApplied);
        gifts = List.copyOf(gifts);
        couponsUsed = List.copyOf(couponsUsed);
    }

    /** The priced line with this id. */
    public PricedLine line(String lineId) {
        for (PricedLine line : lines) {
            if (line.lineId().equals(lineId)) {
                return line;
            }
        }
        throw new IllegalArgumentException("no line " + lineId);
    }
}
