package io.storeops.promotions;

import io.storeops.shared.Message;

/** The kinds of promotion (F5.1) and the stage of the price engine each belongs to (1 item, 2 multi-buy, 3 order). */
public enum PromotionType {
    /** 满减: tiered spend-X-save-Y. */
    FULL_REDUCTION(3),
    /** 每满减: Y off for every full X, capped. */
    EVERY_REDUCTION(3),
    /** 满件折: a rate off the eligible amount from N units. */
    QUANTITY_DISCOUNT(3),
    /** 满赠: a gift at ¥0 from a threshold. */
    GIFT(3),
    /** 限时折扣: a rate off, or a fixed unit price, for a time. */
    FLASH_DISCOUNT(1),
    /** 会员价: a unit price per member tier and SKU. */
    MEMBER_PRICE(1),
    /** N件M折: each complete group of N units at M折. */
    N_FOR_M(2),
    /** 第N件M折 (第二件半价 = 2, 5折). */
    NTH_UNIT(2),
    /** 套装价: given SKUs together at a fixed price. */
    BUNDLE(2);

    private final int stage;

    PromotionType(int stage) {
        this.stage = stage;
    }

    public int stage() {
        return stage;
    }

    /** The type's name, e.g. 满减 / spend &amp; save. */
    public Message label() {
        return Message.of(PromotionsMessage.valueOf("TYPE_" + name()));
    }
}
