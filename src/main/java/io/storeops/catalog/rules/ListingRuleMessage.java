package io.storeops.catalog.rules;

import io.storeops.shared.MessageCode;

/** What a listing rule says about a listing; a constant's name is also the code of the violation it explains. */
enum ListingRuleMessage implements MessageCode {
    TITLE_MISSING,
    /** With {@code units}, {@code limit} and {@code counting}, one of the {@code COUNTED_…} messages. */
    TITLE_TOO_LONG,
    TITLE_TOO_SHORT,
    /** How {@code TitleCounting.CJK_DOUBLE} counts, inside {@link #TITLE_TOO_LONG}. */
    COUNTED_CJK_DOUBLE,
    /** How {@code TitleCounting.CHARACTERS} counts, inside {@link #TITLE_TOO_LONG}. */
    COUNTED_CHARACTERS,
    FORBIDDEN_WORD,
    FORBIDDEN_WORD_DETAIL,
    TOO_FEW_IMAGES,
    INVALID_IMAGE_URL,
    MISSING_ATTRIBUTE,
    DETAIL_MISSING,
    DETAIL_TOO_SHORT,
    PRICE_MISSING,
    NO_SKU,
    PRICE_BELOW_FLOOR,
    PRICE_ABOVE_LIST
}
