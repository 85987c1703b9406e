package io.storeops.catalog.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the product sheet, one row per SKU, in file order. Product columns repeat on every SKU row of the same
 * SPU. Headers are bilingual ({@code SPU编码 spu_code}); on import a header matches by its key, its Chinese label or
 * both.
 */
enum Column {
    SPU_CODE(
            "spu_code",
            "SPU编码",
            Level.PRODUCT,
            true,
            18,
            "商品（SPU）编码，同一 SPU 的各 SKU 行填写相同值 / product code, the same on every SKU row"),
    TITLE("title", "商品标题", Level.PRODUCT, true, 36, "商品标题，最长 200 字 / product title, at most 200 characters"),
    CATEGORY_CODE("category_code", "类目编码", Level.PRODUCT, true, 16, "类目编码，见下方列表 / category code, see the list below"),
    BRAND("brand", "品牌", Level.PRODUCT, false, 14, "品牌名称，不存在时自动创建 / brand name, created when new"),
    IMAGES("images", "图片", Level.PRODUCT, false, 40, "图片 URL，多个用 | 分隔，最多 20 个 / image URLs separated by |, at most 20"),
    ATTRIBUTES("attributes", "商品属性", Level.PRODUCT, false, 28, "名称=值，多个用 ; 分隔 / name=value pairs separated by ;"),
    DESCRIPTION_HTML(
            "description_html",
            "详情HTML",
            Level.PRODUCT,
            false,
            40,
            "详情页 HTML，脚本会被移除 / detail page HTML, scripts are removed"),
    SKU_CODE("sku_code", "SKU编码", Level.SKU, true, 22, "SKU 编码，全局唯一 / SKU code, unique"),
    BARCODE("barcode", "条码", Level.SKU, true, 16, "8–14 位数字条码，全局唯一 / barcode of 8–14 digits, unique"),
    SKU_ATTRIBUTES("sku_attributes", "SKU属性", Level.SKU, false, 24, "名称=值，多个用 ; 分隔 / name=value pairs separated by ;"),
    COST("cost", "成本价", Level.SKU, true, 10, "成本价（元），不小于 0，最多两位小数 / cost in CNY, ≥ 0, at most 2 decimals"),
    LIST_PRICE(
            "list_price",
            "吊牌价",
            Level.SKU,
            true,
            10,
            "吊牌价（元），不小于 0，最多两位小数 / list price in CNY, ≥ 0, at most 2 decimals");

    /** Whether a column describes the product (SPU), repeated on each of its rows, or one SKU. */
    enum Level {
        PRODUCT,
        SKU
    }

    private final String key;
    private final String labelZh;
    private final boolean required;
    private final Level level;
    private final int width;
    private final String help;

    Column(String key, String labelZh, Level level, boolean required, int width, String help) {
        this.key = key;
        this.labelZh = labelZh;
        this.required = required;
        this.level = level;
        this.width = width;
        this.help = help;
    }

    /** The column whose header this is: {@code SPU编码 spu_code}, {@code spu_code} or {@code SPU编码}. */
    static Optional<Column> forHeader(String header) {
        String text = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return Arrays.stream(values())
                .filter(c ->
                        c.key.equals(last) || c.labelZh.toLowerCase(Locale.ROOT).equals(text))
                .findFirst();
    }

    String key() {
        return key;
    }

    String header() {
        return labelZh + " " + key;
    }

    boolean required() {
        return required;
    }

    /** True for the columns that describe the product (SPU) and so must agree on all its rows. */
    boolean productLevel() {
        return level == Level.PRODUCT;
    }

    boolean amount() {
        return this == COST || this == LIST_PRICE;
    }

    int width() {
        return width;
    }

    String help() {
        return help;
    }
}
