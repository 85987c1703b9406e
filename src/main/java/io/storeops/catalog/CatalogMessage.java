package io.storeops.catalog;

import io.storeops.shared.MessageCode;

/** What the catalog tells a user about products, SKUs, categories, channels and listings. */
public enum CatalogMessage implements MessageCode {
    /** {@link VisibleText}: a text of only spaces or zero-width characters. */
    VISIBLE_TEXT_REQUIRED,
    /** {@link ImageUrl}: neither an http(s) URL nor a site path without {@code ..}. */
    IMAGE_URL_INVALID,
    /** An SPU or SKU code with other characters than letters, digits and {@code . _ -}. */
    CODE_CHARACTERS,
    BARCODE_FORMAT,
    DUPLICATE_SKU_CODES,
    DUPLICATE_BARCODES,
    /** With {@code id}. */
    CATEGORY_UNKNOWN,
    /** With {@code code}. */
    SPU_CODE_TAKEN,
    /** With {@code code}. */
    SKU_CODE_TAKEN,
    /** With {@code barcode}. */
    BARCODE_TAKEN,
    AMOUNTS_NEGATIVE,
    /** With the product's current {@code version}. */
    PRODUCT_CHANGED,
    CATEGORY_CODE_CHARACTERS,
    /** With {@code code}. */
    CATEGORY_CODE_TAKEN,
    /** With {@code id}. */
    PARENT_CATEGORY_UNKNOWN,
    CHANNEL_CODE_CHARACTERS,
    /** With {@code code}. */
    CHANNEL_CODE_TAKEN,
    /** With {@code channel}. */
    CHANNEL_UNKNOWN,
    /** With {@code channel}. */
    LISTING_EXISTS,
    PRICE_NEGATIVE,
    LISTING_CHANGED,
    /** With {@code from} and {@code to}, the statuses. */
    LISTING_ILLEGAL_TRANSITION,
    /** With the {@code count} of blocking violations. */
    LISTING_BLOCKED_READY,
    /** With the {@code count} of blocking violations. */
    LISTING_BLOCKED_LISTED,
    LISTING_STATUS_CHANGED,
    /** A violation stored before violations had codes: its old {@code text}, as it was. */
    LEGACY_TEXT
}
