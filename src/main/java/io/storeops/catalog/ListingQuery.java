package io.storeops.catalog;

/**
 * Filters of the listing list: channel, status, only listings with blocking violations, text in the listing title or
 * SPU code; and the sort as {@code field,asc|desc} (score, updatedAt, title, channel, status, price), worst first when
 * absent or unknown.
 */
public record ListingQuery(String channel, ListingStatus status, boolean blockingOnly, String q, String sort) {}
