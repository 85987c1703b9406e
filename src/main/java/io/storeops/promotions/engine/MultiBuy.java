package io.storeops.promotions.engine;

import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Stage 2: N件M折, 第N件M折 and 套装 on the stage-1 prices. Each unit takes part in at most one of them. Offers that
 * share no line are independent; within a set of offers that share lines (a component), every order of application
 * is tried when it has at most {@value #EXHAUSTIVE_LIMIT} offers — each offer taking what it can from the units still
 * free — and the order with the largest total discount wins (ties: the order found first in engine order). Larger
 * components are resolved greedily: repeatedly the offer with the largest discount on the free units.
 */
final class MultiBuy {

    static final int EXHAUSTIVE_LIMIT = 6;

    private MultiBuy() {}

    /** A stage-2 promotion with its eligible lines, most expensive unit first (ties: the earlier line). */
    private record Offer(Promotion promotion, int[] lines, int[] bundleSlot, int[] slotQty, long standalone) {}

    static void apply(Work w, List<Promotion> multiBuy) {
        System.arraycopy(w.afterItem, 0, w.afterMulti, 0, w.n);
        if (multiBuy.isEmpty()) {
            return;
        }
        Integer[] boxed = new Integer[w.n];
        for (int i = 0; i < w.n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(
                boxed, (a, b) -> w.itemUnit[a] != w.itemUnit[b] ? Long.compare(w.itemUnit[b], w.itemUnit[a]) : a - b);
        int[] rem = new int[w.n];
        for (int i = 0; i < w.n; i++) {
            rem[i] = w.lines[i].quantity();
        }
        List<Offer> offers = new ArrayList<>(multiBuy.size());
        int[][] scratch = {new int[w.n], new int[w.n]};
        boolean[] covered = new boolean[w.n];
        for (Promotion p : multiBuy) {
            Offer offer = offer(w, p, boxed, rem, covered, scratch);
            if (offer == null) {
                w.notApplied(p, Message.of(PriceMessage.NO_BUNDLE_ITEMS));
                continue;
            }
            if (offer.standalone > 0) {
                offers.add(offer);
            } else {
                w.notApplied(p, shortfall(w, offer, rem));
            }
        }
        if (offers.isEmpty()) {
            return;
        }
        List<Offer> sequence = new ArrayList<>();
        for (List<Offer> component : components(w.n, offers)) {
            if (component.size() == 1) {
                sequence.add(component.get(0));
            } else if (component.size() <= EXHAUSTIVE_LIMIT) {
                sequence.addAll(new Search(w, component, rem).run());
            } else {
                sequence.addAll(greedy(w, component, rem));
            }
        }
        boolean[] used = new boolean[offers.size()];
        int[] next = new int[w.n];
        long[] discount = new long[w.n];
        for (Offer o : sequence) {
            System.arraycopy(rem, 0, next, 0, w.n);
            Arrays.fill(discount, 0);
            long d = evaluate(w, o, rem, next, discount);
            if (d <= 0) {
                continue;
            }
            used[offers.indexOf(o)] = true;
            System.arraycopy(next, 0, rem, 0, w.n);
            Promotion p = o.promotion;
            for (int i = 0; i < w.n; i++) {
                if (discount[i] > 0) {
                    w.afterMulti[i] -= discount[i];
                    w.explain(
                            i,
                            Message.of(
                                    PriceMessage.MULTI_BUY_LINE, "name", p.name(), "amount", Money.ofFen(discount[i])));
                }
            }
            w.applied.add(
                    new Applied(p.id(), p.name(), 2, d, w.byLine(discount), saves(describe(p.rule()), Money.ofFen(d))));
        }
        for (int k = 0; k < offers.size(); k++) {
            if (!used[k]) {
                w.notApplied(offers.get(k).promotion, Message.of(PriceMessage.UNITS_USED_BY_BETTER_OFFER));
            }
        }
    }

    private static Message saves(Message rule, Money amount) {
        return Message.of(PriceMessage.MULTI_BUY_SAVES, "rule", rule, "amount", amount);
    }

    /**
     * The offer of the promotion on the free units {@code rem}, or null when it covers no line it could use;
     * {@code covered} (all false) and {@code scratch} (two cart-length arrays) are working space.
     */
    private static @Nullable Offer offer(
            Work w, Promotion p, Integer[] byPrice, int[] rem, boolean[] covered, int[][] scratch) {
        Rule rule = p.rule();
        Map<String, Integer> slots = null;
        int[] slotQty = null;
        if (rule instanceof Rule.Bundle b) {
            slots = new TreeMap<>();
            slotQty = new int[b.items().size()];
            for (var item : new TreeMap<>(b.items()).entrySet()) {
                slotQty[slots.size()] = item.getValue();
                slots.put(item.getKey(), slots.size());
            }
        }
        int[] coveredLines = w.covered(p.scope());
        if (coveredLines.length == 0) {
            return null;
        }
        for (int i : coveredLines) {
            covered[i] = true;
        }
        int[] lines = scratch[0];
        int[] slot = scratch[1];
        int count = 0;
        for (int i : byPrice) {
            CartLine line = w.lines[i];
            if (!covered[i]) {
                continue;
            }
            if (slots != null) {
                Integer s = slots.get(line.skuCode());
                if (s == null) {
                    continue;
                }
                slot[count] = s;
            }
            lines[count++] = i;
        }
        for (int i : coveredLines) {
            covered[i] = false;
        }
        if (count == 0) {
            return null;
        }
        Offer draft = new Offer(p, Arrays.copyOf(lines, count), Arrays.copyOf(slot, count), slotQty, 0);
        return new Offer(p, draft.lines, draft.bundleSlot, slotQty, evaluate(w, draft, rem, null, null));
    }

    /**
     * The discount of the offer on the free units {@code rem}. When {@code next} is given (a copy of {@code rem}) the
     * units taken are subtracted from it; when {@code discount} is given the discount per line is added to it.
     */
    static long evaluate(Work w, Offer o, int[] rem, int[] next, long[] discount) {
        Rule rule = o.promotion.rule();
        int[] lines = o.lines;
        if (rule instanceof Rule.Bundle b) {
            return bundle(w, o, b, rem, next, discount);
        }
        int n;
        int rate;
        boolean nth;
        if (rule instanceof Rule.NForM r) {
            n = r.n();
            rate = r.rateBp();
            nth = false;
        } else if (rule instanceof Rule.NthUnit r) {
            n = r.n();
            rate = r.rateBp();
            nth = true;
        } else {
            return 0;
        }
        long units = 0;
        for (int i : lines) {
            units += rem[i];
        }
        long take = units / n * n;
        if (take == 0) {
            return 0;
        }
        long total = 0;
        long position = 0;
        for (int k = 0; k < lines.length && take > 0; k++) {
            int i = lines[k];
            int t = (int) Math.min(rem[i], take);
            if (t == 0) {
                continue;
            }
            long price = w.itemUnit[i];
            long off = price - Fen.applyRate(price, rate);
            long discounted = nth ? (position + t) / n - position / n : t;
            long d = discounted * off;
            total += d;
            position += t;
            take -= t;
            if (next != null) {
                next[i] -= t;
            }
            if (discount != null) {
                discount[i] += d;
            }
        }
        return total;
    }

    private static long bundle(Work w, Offer o, Rule.Bundle b, int[] rem, int[] next, long[] discount) {
        int[] slotQty = o.slotQty;
        long[] available = new long[slotQty.length];
        for (int k = 0; k < o.lines.length; k++) {
            available[o.bundleSlot[k]] += rem[o.lines[k]];
        }
        long bundles = Long.MAX_VALUE;
        for (int s = 0; s < slotQty.length; s++) {
            bundles = Math.min(bundles, available[s] / slotQty[s]);
        }
        if (bundles == 0) {
            return 0;
        }
        long[] need = available;
        for (int s = 0; s < slotQty.length; s++) {
            need[s] = bundles * slotQty[s];
        }
        boolean apply = next != null || discount != null;
        long[] taken = apply ? new long[o.lines.length] : null;
        long[] amount = apply ? new long[o.lines.length] : null;
        long claimed = 0;
        for (int k = 0; k < o.lines.length; k++) {
            int i = o.lines[k];
            int s = o.bundleSlot[k];
            long t = Math.min(rem[i], need[s]);
            need[s] -= t;
            long a = t * w.itemUnit[i];
            if (apply) {
                taken[k] = t;
                amount[k] = a;
            }
            claimed += a;
        }
        long price = bundles * b.priceFen();
        if (price >= claimed) {
            return 0;
        }
        if (apply) {
            long[] shares = discount == null ? null : LargestRemainder.split(price, amount);
            for (int k = 0; k < o.lines.length; k++) {
                int i = o.lines[k];
                if (next != null) {
                    next[i] -= (int) taken[k];
                }
                if (shares != null) {
                    discount[i] += amount[k] - shares[k];
                }
            }
        }
        return claimed - price;
    }

    /** Offers that share a line belong to the same component; components keep engine order. */
    private static List<List<Offer>> components(int n, List<Offer> offers) {
        int m = offers.size();
        int[] parent = new int[m];
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        for (int k = 0; k < m; k++) {
            parent[k] = k;
            for (int i : offers.get(k).lines) {
                if (owner[i] < 0) {
                    owner[i] = k;
                } else {
                    parent[find(parent, k)] = find(parent, owner[i]);
                }
            }
        }
        List<List<Offer>> components = new ArrayList<>();
        int[] index = new int[m];
        Arrays.fill(index, -1);
        for (int k = 0; k < m; k++) {
            int root = find(parent, k);
            if (index[root] < 0) {
                index[root] = components.size();
                components.add(new ArrayList<>());
            }
            components.get(index[root]).add(offers.get(k));
        }
        return components;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static List<Offer> greedy(Work w, List<Offer> component, int[] start) {
        int[] rem = start.clone();
        int[] next = new int[w.n];
        boolean[] used = new boolean[component.size()];
        List<Offer> order = new ArrayList<>();
        while (true) {
            int best = -1;
            long bestDiscount = 0;
            for (int k = 0; k < component.size(); k++) {
                if (!used[k]) {
                    long d = evaluate(w, component.get(k), rem, null, null);
                    if (d > bestDiscount) {
                        best = k;
                        bestDiscount = d;
                    }
                }
            }
            if (best < 0) {
                return order;
            }
            used[best] = true;
            Offer o = component.get(best);
            System.arraycopy(rem, 0, next, 0, w.n);
            evaluate(w, o, rem, next, null);
            System.arraycopy(next, 0, rem, 0, w.n);
            order.add(o);
        }
    }

    /** Depth-first search over the orders of application, pruned by the standalone discounts still available. */
    private static final class Search {
        private final Work w;
        private final List<Offer> offers;
        private final int[][] remByDepth;
        private final int[] current;
        private int[] best = new int[0];
        private long bestValue = -1;

        Search(Work w, List<Offer> offers, int[] rem) {
            this.w = w;
            this.offers = offers;
            this.remByDepth = new int[offers.size() + 2][];
            this.remByDepth[0] = rem.clone();
            for (int d = 1; d < remByDepth.length; d++) {
                remByDepth[d] = new int[w.n];
            }
            this.current = new int[offers.size()];
        }

        List<Offer> run() {
            dfs(0, 0, 0);
            List<Offer> order = new ArrayList<>(best.length);
            for (int k : best) {
                order.add(offers.get(k));
            }
            return order;
        }

        private void dfs(int depth, int usedMask, long value) {
            if (value > bestValue) {
                bestValue = value;
                best = Arrays.copyOf(current, depth);
            }
            long bound = value;
            for (int k = 0; k < offers.size(); k++) {
                if ((usedMask & (1 << k)) == 0) {
                    bound += offers.get(k).standalone;
                }
            }
            if (bound <= bestValue) {
                return;
            }
            int[] rem = remByDepth[depth];
            int[] next = remByDepth[depth + 1];
            for (int k = 0; k < offers.size(); k++) {
                if ((usedMask & (1 << k)) != 0) {
                    continue;
                }
                System.arraycopy(rem, 0, next, 0, w.n);
                long d = evaluate(w, offers.get(k), rem, next, null);
                if (d <= 0) {
                    continue;
                }
                current[depth] = k;
                dfs(depth + 1, usedMask | (1 << k), value + d);
            }
        }
    }

    private static Message shortfall(Work w, Offer o, int[] rem) {
        Rule rule = o.promotion.rule();
        long units = 0;
        for (int i : o.lines) {
            units += rem[i];
        }
        int n = rule instanceof Rule.NForM r ? r.n() : rule instanceof Rule.NthUnit r ? r.n() : 0;
        if (n > 0 && units < n) {
            return Message.of(PriceMessage.NOT_ENOUGH_UNITS, "units", units, "min", n);
        }
        if (rule instanceof Rule.Bundle) {
            return Message.of(PriceMessage.BUNDLE_INCOMPLETE);
        }
        return Message.of(PriceMessage.NO_DISCOUNT);
    }

    static Message describe(Rule rule) {
        return switch (rule) {
            case Rule.NForM r -> Message.of(PriceMessage.RULE_N_FOR_M, "n", r.n(), "rate", rate(r.rateBp()));
            case Rule.NthUnit r -> Message.of(PriceMessage.RULE_NTH_UNIT, "n", r.n(), "rate", rate(r.rateBp()));
            case Rule.Bundle b -> Message.of(PriceMessage.RULE_BUNDLE, "price", Money.ofFen(b.priceFen()));
            default ->
                Message.of(PriceMessage.RULE_OTHER, "type", rule.getClass().getSimpleName());
        };
    }

    /** 8500 → "8.5", 8000 → "8". */
    static String rate(int rateBp) {
        String s = Integer.toString(rateBp / 1000);
        int rest = rateBp % 1000;
        if (rest == 0) {
            return s;
        }
        String decimals = Integer.toString(1000 + rest); // "1" and three digits
        int last = decimals.length();
        while (decimals.charAt(last - 1) == '0') {
            last--;
        }
        return s + "." + decimals.substring(1, last);
    }
}
