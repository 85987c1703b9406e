package io.storeops.promotions;

/** The kinds of promotion (F5.1) and the stage of the price engine each belongs to (1 item, 2 multi-buy, 3 order). */
public enum PromotionType {
    /** 满减: tiered spend-X-save-Y. */
    FULL_REDUCTION(3, "满减", "spend & save"),
    /** 每满减: Y off for every full X, capped. */
    EVERY_REDUCTION(3, "每满减", "save per every"),
    /** 满件折: a rate off the eligible amount from N units. */
    QUANTITY_DISCOUNT(3, "满件折", "multi-unit discount"),
    /** 满赠: a gift at ¥0 from a threshold. */
    GIFT(3, "满赠", "gift with purchase"),
    /** 限时折扣: a rate off, or a fixed unit price, for a time. */
    FLASH_DISCOUNT(1, "限时折扣", "limited-time discount"),
    /** 会员价: a unit price per member tier and SKU. */
    MEMBER_PRICE(1, "会员价", "member price"),
    /** N件M折: each complete group of N units at M折. */
    N_FOR_M(2, "N件M折", "N for M"),
    /** 第N件M折 (第二件半价 = 2, 5折). */
    NTH_UNIT(2, "第N件M折", "Nth unit off"),
    /** 套装价: given SKUs together at a fixed price. */
    BUNDLE(2, "套装价", "bundle price");

    private final int stage;
    private final String nameZh;
    private final String nameEn;

    PromotionType(int stage, String nameZh, String nameEn) {
        this.stage = stage;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public int stage() {
        return stage;
    }

    public String label() {
        return nameZh + " / " + nameEn;
    }
}
