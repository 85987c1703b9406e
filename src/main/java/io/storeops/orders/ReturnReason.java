package io.storeops.orders;

/** Why a buyer sends something back (for return rates by reason, F4.8). */
public enum ReturnReason {
    NOT_AS_DESCRIBED,
    DAMAGED,
    WRONG_ITEM,
    SIZE_FIT,
    QUALITY,
    NO_LONGER_NEEDED,
    LOST_IN_TRANSIT,
    OTHER
}
