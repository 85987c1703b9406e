package io.storeops.inventory;

import io.storeops.shared.Message;
import java.time.Instant;

/** One line of the stock ledger: the movement, its deltas, the levels after it, and who did it why. */
public record LedgerEntry(
        long id,
        String skuCode,
        String warehouse,
        MovementType movement,
        int onHandDelta,
        int reservedDelta,
        int onHandAfter,
        int reservedAfter,
        Message reason,
        String actor,
        String referenceType,
        String referenceId,
        Instant at) {}
