package io.storeops.inventory;

/**
 * The kinds of stock movement and what each does to on hand and reserved. Quantities in a movement are always
 * positive; the type gives the direction. An adjustment is the exception: its quantity is a signed correction.
 */
public enum MovementType {
    /** Goods received into the warehouse. */
    INBOUND(1, 0),
    /** Goods leaving without a prior reservation (e.g. a manual sale); needs available stock. */
    OUTBOUND(-1, 0),
    /** Reserved goods leaving for their order: on hand and reserved both drop. */
    SHIPMENT(-1, -1),
    /** Holding units for an order; needs available stock. */
    RESERVATION(0, 1),
    /** Giving held units back to the pool. */
    RELEASE(0, -1),
    /** A stock-take correction, up or down by the signed quantity. */
    ADJUSTMENT(1, 0),
    /** A customer return put back on the shelf. */
    RETURN(1, 0),
    /** Leaving one warehouse for another. */
    TRANSFER_OUT(-1, 0),
    /** Arriving from another warehouse. */
    TRANSFER_IN(1, 0);

    private final int onHandSign;
    private final int reservedSign;

    MovementType(int onHandSign, int reservedSign) {
        this.onHandSign = onHandSign;
        this.reservedSign = reservedSign;
    }

    public int onHandDelta(int quantity) {
        return onHandSign * quantity;
    }

    public int reservedDelta(int quantity) {
        return reservedSign * quantity;
    }

    /** Whether the quantity may be negative (adjustments only). */
    public boolean signed() {
        return this == ADJUSTMENT;
    }
}
