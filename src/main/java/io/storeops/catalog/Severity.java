package io.storeops.catalog;

/** How bad a listing-rule violation is: a blocking one stops the listing from going live. */
public enum Severity {
    BLOCKING,
    WARNING
}
