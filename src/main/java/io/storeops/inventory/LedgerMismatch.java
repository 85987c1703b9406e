package io.storeops.inventory;

/** A stock row whose on hand or reserved disagrees with the sums of its ledger lines. */
public record LedgerMismatch(
        String skuCode, String warehouse, int onHand, int reserved, long ledgerOnHand, long ledgerReserved) {}
