package io.storeops.marketplace.internal;

import java.util.Arrays;
import java.util.List;

/** The express carriers a shipment may name, with the name they sign their scans with. */
enum Carrier {
    SF("顺丰速运"),
    ZTO("中通快递"),
    YTO("圆通速递"),
    STO("申通快递"),
    YUNDA("韵达快递"),
    JD("京东物流"),
    EMS("中国邮政EMS");

    private final String displayName;

    Carrier(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(c -> c.name().equals(code));
    }

    static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
