package io.storeops.catalog;

import java.util.Set;

/**
 * The life of a listing on a channel: draft → ready → listed → delisted. Ready and listed demand that no blocking rule
 * violation remains.
 */
public enum ListingStatus {
    DRAFT,
    READY,
    LISTED,
    DELISTED;

    public Set<ListingStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(READY);
            case READY -> Set.of(LISTED, DRAFT);
            case LISTED -> Set.of(DELISTED);
            case DELISTED -> Set.of(LISTED, DRAFT);
        };
    }

    public boolean canMoveTo(ListingStatus target) {
        return next().contains(target);
    }

    /** Whether entering this status requires a listing free of blocking violations. */
    public boolean requiresCompliance() {
        return this == READY || this == LISTED;
    }
}
