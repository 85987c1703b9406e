package io.storeops.catalog;

import io.storeops.shared.MessageCode;

/** What the catalog tells a user about products, SKUs, categories and listings. */
public enum CatalogMessage implements MessageCode {
    /** {@link VisibleText}: a text of only spaces or zero-width characters. */
    VISIBLE_TEXT_REQUIRED,
    /** {@link ImageUrl}: neither an http(s) URL nor a site path without {@code ..}. */
    IMAGE_URL_INVALID
}
