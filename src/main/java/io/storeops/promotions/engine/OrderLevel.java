package io.storeops.promotions.engine;

import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stage 3: 满减, 每满减, 满件折 and 满赠 on the amounts after stage 2. Within an exclusion group each line takes part
 * in at most one promotion: a promotion applied takes all its eligible lines not yet taken, and the group picks the
 * set and order of promotions with the largest discount (then the most gifts). Up to {@value #EXHAUSTIVE_LIMIT}
 * promotions in a group this is exact — a dynamic programme over the subsets of promotions applied, which covers every
 * order and every promotion left out; beyond, greedily the promotion with the largest discount on the lines still
 * free. Groups (and promotions without a group) are computed independently on the after-stage-2 amounts; each
 * discount is then allocated to its lines by {@link LargestRemainder} in engine order, capped so that a line's
 * total order-level discount never exceeds its after-stage-2 amount.
 */
final class OrderLevel {

    static final int EXHAUSTIVE_LIMIT = 6;
    /** Score = discount × GIFT_WEIGHT + gifts: money first, then gifts. */
    private static final long GIFT_WEIGHT = 1024;

    private OrderLevel() {}

    private record Offer(Promotion promotion, int order, int[] lines, boolean giftInStock) {}

    private record Choice(Offer offer, int[] lines, long units, long discount) {}

    static void apply(Work w, List<Promotion> orderLevel, GiftStock giftStock) {
        if (orderLevel.isEmpty()) {
            return;
        }
        Map<Object, List<Offer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < orderLevel.size(); k++) {
            Promotion p = orderLevel.get(k);
            int[] lines = w.covered(p.scope());
            if (lines.length == 0) {
                continue;
            }
            boolean inStock = !(p.rule() instanceof Rule.Gift g) || giftStock.inStock(g.giftSku(), g.giftQty());
            Offer offer = new Offer(p, k, lines, inStock);
            Object key = p.exclusionGroup() == null ? (Object) k : p.exclusionGroup();
            groups.computeIfAbsent(key, x -> new ArrayList<>(4)).add(offer);
        }
        List<Choice> chosen = new ArrayList<>();
        for (List<Offer> group : groups.values()) {
            int before = chosen.size();
            if (group.size() <= EXHAUSTIVE_LIMIT) {
                exact(w, group, chosen);
            } else {
                greedy(w, group, chosen);
            }
            explainLosers(w, group, chosen.subList(before, chosen.size()));
        }
        chosen.sort((a, b) -> Integer.compare(a.offer.order, b.offer.order));
        for (Choice c : chosen) {
            allocate(w, c);
        }
    }

    /** The discount for this amount and unit count, or -1 when the promotion's condition is not met. */
    static long discount(Rule rule, long amount, long units) {
        long d;
        switch (rule) {
            case Rule.TieredReduction r -> {
                d = -1;
                for (Rule.Tier t : r.tiers()) {
                    if (amount >= t.thresholdFen()) {
                        d = t.offFen();
                    }
                }
            }
            case Rule.EveryReduction r -> {
                long times = amount / r.everyFen();
                if (times == 0) {
                    return -1;
                }
                d = Math.multiplyExact(times, r.offFen());
                if (r.capFen() > 0) {
                    d = Math.min(d, r.capFen());
                }
            }
            case Rule.QuantityRate r -> {
                d = -1;
                for (Rule.QtyTier t : r.tiers()) {
                    if (units >= t.minUnits()) {
                        d = amount - Fen.applyRate(amount, t.rateBp());
                    }
                }
            }
            case Rule.Gift g -> {
                boolean reached = (g.thresholdFen() == 0 || amount >= g.thresholdFen())
                        && (g.minUnits() == 0 || units >= g.minUnits());
                d = reached ? 0 : -1;
            }
            default -> d = -1;
        }
        return d < 0 ? -1 : Math.min(d, amount);
    }

    /** The score of an offer on the lines not yet taken (-1: not applicable), filling {@code free} when given. */
    private static long score(Work w, Offer o, boolean[] taken) {
        long amount = 0;
        long units = 0;
        for (int i : o.lines) {
            if (!taken[i]) {
                amount += w.afterMulti[i];
                units += w.lines[i].quantity();
            }
        }
        if (units == 0) {
            return -1;
        }
        long d = discount(o.promotion.rule(), amount, units);
        if (d < 0) {
            return -1;
        }
        boolean gift = o.promotion.rule() instanceof Rule.Gift;
        if (gift && !o.giftInStock) {
            return -1;
        }
        long score = d * GIFT_WEIGHT + (gift ? 1 : 0);
        return score == 0 ? -1 : score;
    }

    private static void exact(Work w, List<Offer> group, List<Choice> chosen) {
        int k = group.size();
        int states = 1 << k;
        long[] best = new long[states];
        int[] choice = new int[states];
        Arrays.fill(best, -1);
        solve(w, group, 0, best, choice);
        boolean[] taken = new boolean[w.n];
        for (int state = 0; choice[state] >= 0; ) {
            Offer o = group.get(choice[state]);
            chosen.add(take(w, o, taken));
            state |= 1 << choice[state];
        }
    }

    private static long solve(Work w, List<Offer> group, int state, long[] best, int[] choice) {
        if (best[state] >= 0) {
            return best[state];
        }
        boolean[] taken = new boolean[w.n];
        for (int q = 0; q < group.size(); q++) {
            if ((state & (1 << q)) != 0) {
                for (int i : group.get(q).lines) {
                    taken[i] = true;
                }
            }
        }
        long value = 0;
        int pick = -1;
        for (int q = 0; q < group.size(); q++) {
            if ((state & (1 << q)) != 0) {
                continue;
            }
            long s = score(w, group.get(q), taken);
            if (s <= 0) {
                continue;
            }
            long total = s + solve(w, group, state | (1 << q), best, choice);
            if (total > value) {
                value = total;
                pick = q;
            }
        }
        best[state] = value;
        choice[state] = pick;
        return value;
    }

    private static void greedy(Work w, List<Offer> group, List<Choice> chosen) {
        boolean[] taken = new boolean[w.n];
        boolean[] used = new boolean[group.size()];
        while (true) {
            int pick = -1;
            long bestScore = 0;
            for (int q = 0; q < group.size(); q++) {
                if (!used[q]) {
                    long s = score(w, group.get(q), taken);
                    if (s > bestScore) {
                        bestScore = s;
                        pick = q;
                    }
                }
            }
            if (pick < 0) {
                return;
            }
            used[pick] = true;
            chosen.add(take(w, group.get(pick), taken));
        }
    }

    /** Applies the offer to the lines not yet taken and marks them taken. */
    private static Choice take(Work w, Offer o, boolean[] taken) {
        int[] lines = new int[o.lines.length];
        int count = 0;
        long amount = 0;
        long units = 0;
        for (int i : o.lines) {
            if (!taken[i]) {
                taken[i] = true;
                lines[count++] = i;
                amount += w.afterMulti[i];
                units += w.lines[i].quantity();
            }
        }
        return new Choice(o, Arrays.copyOf(lines, count), units, discount(o.promotion.rule(), amount, units));
    }

    private static void allocate(Work w, Choice c) {
        Promotion p = c.offer.promotion;
        long[] weights = new long[c.lines.length];
        long eligible = 0;
        for (int k = 0; k < c.lines.length; k++) {
            weights[k] = w.afterMulti[c.lines[k]];
            eligible += weights[k];
        }
        long[] shares = LargestRemainder.split(c.discount, weights);
        long[] byLine = new long[w.n];
        long total = 0;
        for (int k = 0; k < c.lines.length; k++) {
            int i = c.lines[k];
            long headroom = w.afterMulti[i] - w.orderDiscount[i];
            long share = shares[k];
            if (share > headroom) {
                w.explain(i, Message.of(PriceMessage.LINE_CAPPED, "amount", Money.ofFen(w.afterMulti[i])));
                share = headroom;
            }
            if (share > 0) {
                w.orderDiscount[i] += share;
                byLine[i] = share;
                total += share;
                w.explain(i, Message.of(PriceMessage.ORDER_SHARE_LINE, "name", p.name(), "amount", Money.ofFen(share)));
            }
        }
        Message text = explainApplied(p.rule(), eligible, c.units, total);
        if (p.rule() instanceof Rule.Gift g) {
            w.gifts.add(new GiftLine(g.giftSku(), g.giftQty(), p.id()));
        }
        w.applied.add(new Applied(p.id(), p.name(), 3, total, w.byLine(byLine), text));
    }

    private static void explainLosers(Work w, List<Offer> group, List<Choice> winners) {
        @Nullable GroupChoice groupChoice = null;
        for (Offer o : group) {
            boolean won = false;
            for (Choice c : winners) {
                won |= c.offer == o;
            }
            if (won) {
                continue;
            }
            long amount = 0;
            long units = 0;
            for (int i : o.lines) {
                amount += w.afterMulti[i];
                units += w.lines[i].quantity();
            }
            Rule rule = o.promotion.rule();
            long d = discount(rule, amount, units);
            Message reason;
            if (d < 0) {
                reason = shortfall(rule, amount, units);
            } else if (rule instanceof Rule.Gift g && !o.giftInStock) {
                reason = Message.of(PriceMessage.GIFT_OUT_OF_STOCK, "sku", g.giftSku());
            } else if (d == 0 && !(rule instanceof Rule.Gift)) {
                reason = Message.of(PriceMessage.NO_DISCOUNT);
            } else {
                if (groupChoice == null) {
                    groupChoice = GroupChoice.of(winners);
                }
                reason = loser(o.promotion, d, groupChoice);
            }
            w.notApplied(o.promotion, reason);
        }
    }

    private static Message shortfall(Rule rule, long amount, long units) {
        return switch (rule) {
            case Rule.TieredReduction r ->
                belowThreshold(
                        PriceMessage.REDUCTION_THRESHOLD_NOT_MET,
                        amount,
                        r.tiers().get(0).thresholdFen());
            case Rule.EveryReduction r -> belowThreshold(PriceMessage.EVERY_THRESHOLD_NOT_MET, amount, r.everyFen());
            case Rule.QuantityRate r ->
                Message.of(
                        PriceMessage.QUANTITY_TOO_FEW_UNITS,
                        "units",
                        units,
                        "min",
                        r.tiers().get(0).minUnits());
            case Rule.Gift g ->
                g.thresholdFen() > 0 && amount < g.thresholdFen()
                        ? belowThreshold(PriceMessage.GIFT_THRESHOLD_NOT_MET, amount, g.thresholdFen())
                        : Message.of(PriceMessage.GIFT_TOO_FEW_UNITS, "units", units, "min", g.minUnits());
            default -> Message.of(PriceMessage.NOT_APPLICABLE);
        };
    }

    private static Message belowThreshold(PriceMessage code, long amount, long threshold) {
        return Message.of(code, "amount", Money.ofFen(amount), "threshold", Money.ofFen(threshold));
    }

    /**
     * What an applied promotion did: the 满减 tier reached, the 每满减 discount before and after its cap when the cap
     * cut it, the 满件折 tier, the gift.
     */
    static Message explainApplied(Rule rule, long eligible, long units, long saved) {
        Money on = Money.ofFen(eligible);
        Money saves = Money.ofFen(saved);
        return switch (rule) {
            case Rule.TieredReduction r -> {
                Rule.Tier reached = r.tiers().get(0);
                for (Rule.Tier t : r.tiers()) {
                    if (eligible >= t.thresholdFen()) {
                        reached = t;
                    }
                }
                yield Message.with(PriceMessage.TIER_REACHED)
                        .arg("threshold", Fen.yuan(reached.thresholdFen()))
                        .arg("off", Fen.yuan(reached.offFen()))
                        .arg("on", on)
                        .arg("saves", saves)
                        .build();
            }
            case Rule.EveryReduction r -> {
                long uncapped = eligible / r.everyFen() * r.offFen();
                var text = Message.with(
                                r.capFen() > 0 && uncapped > r.capFen()
                                        ? PriceMessage.EVERY_REDUCTION_CAPPED
                                        : PriceMessage.EVERY_REDUCTION)
                        .arg("every", Fen.yuan(r.everyFen()))
                        .arg("off", Fen.yuan(r.offFen()))
                        .arg("on", on);
                if (r.capFen() > 0 && uncapped > r.capFen()) {
                    text.arg("uncapped", Money.ofFen(uncapped)).arg("cap", Money.ofFen(r.capFen()));
                }
                yield text.arg("saves", saves).build();
            }
            case Rule.QuantityRate r -> {
                Rule.QtyTier reached = r.tiers().get(0);
                for (Rule.QtyTier t : r.tiers()) {
                    if (units >= t.minUnits()) {
                        reached = t;
                    }
                }
                yield Message.with(PriceMessage.QUANTITY_TIER_REACHED)
                        .arg("min", reached.minUnits())
                        .arg("rate", MultiBuy.rate(reached.rateBp()))
                        .arg("on", on)
                        .arg("units", units)
                        .arg("saves", saves)
                        .build();
            }
            case Rule.Gift g -> Message.of(PriceMessage.GIFT, "on", on, "sku", g.giftSku(), "qty", g.giftQty());
            default -> Message.of(PriceMessage.SAVES, "amount", saves);
        };
    }

    /** The promotions an exclusion group chose and what they save, formatted once for all the group's losers. */
    private record GroupChoice(List<String> names, Money saved) {
        static GroupChoice of(List<Choice> winners) {
            List<String> names = new ArrayList<>(winners.size());
            long chosen = 0;
            for (Choice c : winners) {
                names.add(c.offer.promotion.name());
                chosen += c.discount;
            }
            return new GroupChoice(List.copyOf(names), Money.ofFen(chosen));
        }
    }

    /** An exclusion-group loser: what the group's choice saves against what this promotion alone would have saved. */
    private static Message loser(Promotion p, long alone, GroupChoice choice) {
        return Message.of(
                PriceMessage.EXCLUSION_GROUP_CHOSE_OTHERS,
                "group",
                p.exclusionGroup(),
                "chosen",
                choice.names,
                "chosenSaves",
                choice.saved,
                "alone",
                Money.ofFen(alone));
    }
}
