package io.storeops.channels;

import java.time.Instant;
import java.util.List;

/**
 * One comparison of a marketplace's stock with ours (F2.3): how many SKUs were checked, how many had drifted (the
 * marketplace showed a quantity other than the last one we pushed, or none at all), and how many were queued again.
 */
public record Reconciliation(
        String channel,
        Instant startedAt,
        Instant finishedAt,
        int checked,
        int drifted,
        int repaired,
        List<Drift> examples) {

    /** A SKU whose marketplace stock differs from ours; {@code theirs} is null when the marketplace has none. */
    public record Drift(String skuCode, int ours, Integer theirs) {}
}
