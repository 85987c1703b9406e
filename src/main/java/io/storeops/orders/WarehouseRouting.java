package io.storeops.orders;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the warehouses that serve an order (F4.3), given what each warehouse has available and the warehouses
 * ranked for the buyer's province (best first). The algorithm, in order:
 *
 * <ol>
 *   <li><b>One shipment if at all possible.</b> The first warehouse in rank order that can serve every line in full
 *       serves the whole order — even if a nearer warehouse is short by a single unit: one parcel from further away
 *       beats two parcels.
 *   <li><b>Otherwise the fewest shipments.</b> Repeatedly take the warehouse that can serve the most of the units
 *       still open (ties: the better-ranked warehouse), and take from it everything it can serve; stop when nothing
 *       is open. Stock spread thinly over warehouses is thus combined into as few parcels as the greedy cover finds.
 *   <li><b>Never a partial order.</b> When all warehouses together cannot serve a line, nothing is allocated and the
 *       order waits for stock.
 * </ol>
 *
 * The caller holds the stock rows locked while routing, so concurrent orders competing for the last units are
 * served one after the other and never allocate more than exists.
 */
final class WarehouseRouting {

    private WarehouseRouting() {}

    /**
     * @param needed units per SKU
     * @param available units available per SKU and warehouse (decremented by the caller after a successful route)
     * @param ranked warehouse codes, best first; warehouses not listed are not used
     * @return the allocations, or empty when the order cannot be served in full
     */
    static Optional<List<Allocation>> route(
            Map<String, Integer> needed, Map<String, Map<String, Integer>> available, List<String> ranked) {
        for (String warehouse : ranked) {
            if (needed.entrySet().stream()
                    .allMatch(n -> availableIn(available, n.getKey(), warehouse) >= n.getValue())) {
                List<Allocation> single = new ArrayList<>();
                needed.forEach((sku, quantity) -> single.add(new Allocation(sku, warehouse, quantity)));
                return Optional.of(single);
            }
        }
        Map<String, Integer> open = new LinkedHashMap<>(needed);
        Set<String> used = new HashSet<>();
        List<Allocation> split = new ArrayList<>();
        while (!open.isEmpty()) {
            String best = null;
            int bestUnits = 0;
            for (String warehouse : ranked) {
                if (used.contains(warehouse)) {
                    continue;
                }
                int units = 0;
                for (var o : open.entrySet()) {
                    units += Math.min(o.getValue(), availableIn(available, o.getKey(), warehouse));
                }
                if (units > bestUnits) {
                    best = warehouse;
                    bestUnits = units;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            used.add(best);
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var o = it.next();
                int take = Math.min(o.getValue(), availableIn(available, o.getKey(), best));
                if (take > 0) {
                    split.add(new Allocation(o.getKey(), best, take));
                    if (take == o.getValue()) {
                        it.remove();
                    } else {
                        o.setValue(o.getValue() - take);
                    }
                }
            }
        }
        return Optional.of(split);
    }

    /** Takes the allocated units off {@code available}, so the next order routed sees what is left. */
    static void consume(Map<String, Map<String, Integer>> available, List<Allocation> allocations) {
        for (Allocation a : allocations) {
            available.get(a.skuCode()).merge(a.warehouse(), -a.quantity(), Integer::sum);
        }
    }

    private static int availableIn(Map<String, Map<String, Integer>> available, String sku, String warehouse) {
        Map<String, Integer> bySku = available.get(sku);
        return bySku == null ? 0 : Math.max(0, bySku.getOrDefault(warehouse, 0));
    }
}
