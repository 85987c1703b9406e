package io.storeops.orders;

import io.storeops.inventory.Inventory;
import io.storeops.inventory.StockLevel;
import io.storeops.inventory.WarehouseView;
import io.storeops.inventory.Warehouses;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the router would do with a draft routing table (F4.3): the warehouses ranked for a buyer's province and, when
 * the sample order has lines, the allocation today's stock would give it. Ranks with {@link OrderRules#rank} and routes
 * with {@link WarehouseRouting#route}, exactly as {@link OrderAllocator} does; reads only, reserves nothing.
 */
@Service
public class RoutingPreview {

    private final OrderRules rules;
    private final Warehouses warehouses;
    private final Inventory inventory;

    RoutingPreview(OrderRules rules, Warehouses warehouses, Inventory inventory) {
        this.rules = rules;
        this.warehouses = warehouses;
        this.inventory = inventory;
    }

    /** Why a warehouse has its place in the ranking. */
    public enum Reason {
        /** A routing rule for the province names it (ranked by the rule's priority, then its cost). */
        RULE,
        /** No rule names it, but it is in the buyer's province. */
        SAME_PROVINCE,
        /** No rule names it: ranked by the warehouse's own priority. */
        WAREHOUSE_PRIORITY
    }

    /** What the router would do with the sample order. */
    public enum Outcome {
        /** The order has no lines: only the ranking is answered. */
        RANKING_ONLY,
        /** One warehouse serves every line. */
        ONE_PARCEL,
        /** Several warehouses together serve the order. */
        SPLIT,
        /** All warehouses together cannot serve a line: the order would wait for stock. */
        AWAITING_STOCK
    }

    /** A warehouse in rank order; {@code priority} is the rule's for {@link Reason#RULE}, else the warehouse's. */
    public record Ranked(
            String warehouse, String name, String province, Reason reason, int priority, BigDecimal cost) {}

    /** The ranking, the outcome, the warehouses chosen (best first) and the units each would reserve. */
    public record Result(List<Ranked> ranking, Outcome outcome, List<String> chosen, List<Allocation> allocations) {}

    /**
     * Ranks the active warehouses for {@code province} under the {@code draft} table and routes {@code units} (units per
     * SKU, possibly empty) against what is available now.
     */
    @Transactional(readOnly = true)
    public Result preview(List<RoutingRule> draft, String province, Map<String, Integer> units) {
        List<WarehouseView> all = warehouses.list();
        List<String> ranked = rules.rank(province, draft, all);
        List<Ranked> ranking = explain(ranked, draft, province, all);
        if (units.isEmpty()) {
            return new Result(ranking, Outcome.RANKING_ONLY, List.of(), List.of());
        }
        Optional<List<Allocation>> route = WarehouseRouting.route(units, available(units), ranked);
        if (route.isEmpty()) {
            return new Result(ranking, Outcome.AWAITING_STOCK, List.of(), List.of());
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        route.get().forEach(a -> chosen.add(a.warehouse()));
        Outcome outcome = chosen.size() == 1 ? Outcome.ONE_PARCEL : Outcome.SPLIT;
        return new Result(ranking, outcome, List.copyOf(chosen), route.get());
    }

    private Map<String, Map<String, Integer>> available(Map<String, Integer> units) {
        Map<String, Map<String, Integer>> available = new HashMap<>();
        for (StockLevel level : inventory.levelsOf(units.keySet())) {
            available
                    .computeIfAbsent(level.skuCode(), k -> new LinkedHashMap<>())
                    .put(level.warehouse(), level.available());
        }
        return available;
    }

    /** Annotates each ranked warehouse with the rule or fallback that placed it. */
    private static List<Ranked> explain(
            List<String> ranked, List<RoutingRule> draft, String province, List<WarehouseView> all) {
        String wanted = OrderRules.shortProvince(province);
        Map<String, RoutingRule> bestRule = draft.stream()
                .filter(r -> OrderRules.shortProvince(r.province()).equals(wanted))
                .sorted(Comparator.comparingInt(RoutingRule::priority).thenComparing(RoutingRule::cost))
                .collect(Collectors.toMap(RoutingRule::warehouse, Function.identity(), (first, later) -> first));
        Map<String, WarehouseView> byCode =
                all.stream().collect(Collectors.toMap(WarehouseView::code, Function.identity()));
        return ranked.stream()
                .map(code -> {
                    WarehouseView w = byCode.get(code);
                    RoutingRule rule = bestRule.get(code);
                    if (rule != null) {
                        return new Ranked(code, w.name(), w.province(), Reason.RULE, rule.priority(), rule.cost());
                    }
                    Reason reason = OrderRules.shortProvince(w.province()).equals(wanted)
                            ? Reason.SAME_PROVINCE
                            : Reason.WAREHOUSE_PRIORITY;
                    return new Ranked(code, w.name(), w.province(), reason, w.priority(), null);
                })
                .toList();
    }
}
