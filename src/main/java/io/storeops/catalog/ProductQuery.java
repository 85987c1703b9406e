package io.storeops.catalog;

/**
 * Filters of the product list: free text over title, SPU, SKU code and barcode; a category (with its
 * sub-categories); a channel and listing status; and the sort as {@code field,asc|desc}.
 */
public record ProductQuery(String q, Long categoryId, String channel, ListingStatus listingStatus, String sort) {}
