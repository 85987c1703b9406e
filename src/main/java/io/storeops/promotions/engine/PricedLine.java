package io.storeops.promotions.engine;

import io.storeops.shared.Message;
import java.util.List;

/**
 * One priced line. {@code afterItemFen} is the line amount after stage 1 (item price × quantity),
 * {@code afterMultiBuyFen} after stage 2; {@code finalFen = afterMultiBuyFen − orderDiscountFen − couponDiscountFen}
 * and is never negative.
 *
 * @param itemPriceSource {@code LIST}, {@code MEMBER:<promotion id>} or {@code FLASH:<promotion id>}
 * @param explanation one entry per step that changed the line
 */
public record PricedLine(
        String lineId,
        String skuCode,
        int quantity,
        long listUnitFen,
        long itemUnitFen,
        String itemPriceSource,
        long afterItemFen,
        long afterMultiBuyFen,
        long orderDiscountFen,
        long couponDiscountFen,
        long finalFen,
        List<Message> explanation) {

    public PricedLine {
        explanation = List.copyOf(explanation);
    }
}
