package io.storeops.promotions.engine;

import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stage 1: the unit price of each line is the lowest of the listing price, the member price for the cart's tier and
 * every 限时折扣 covering the line. These are alternatives, never combined; on a tie the listing price wins, then
 * the promotion first in engine order (priority, id).
 */
final class ItemPricing {

    private ItemPricing() {}

    static void apply(Work w, List<Promotion> itemPromotions) {
        int m = itemPromotions.size();
        long[][] savings = new long[m][];
        boolean[] covered = new boolean[m];
        String tier = w.cart.memberTier();
        long[] best = new long[w.n];
        int[] winner = new int[w.n];
        for (int i = 0; i < w.n; i++) {
            best[i] = w.lines[i].unitPriceFen();
            winner[i] = -1;
        }
        for (int j = 0; j < m; j++) {
            Promotion p = itemPromotions.get(j);
            int[] lines = w.covered(p.scope());
            covered[j] = lines.length > 0;
            for (int i : lines) {
                long price = unitPrice(p.rule(), w.lines[i], tier);
                if (price >= 0 && price < best[i]) {
                    best[i] = price;
                    winner[i] = j;
                }
            }
        }
        for (int i = 0; i < w.n; i++) {
            CartLine line = w.lines[i];
            w.itemUnit[i] = best[i];
            w.afterItem[i] = best[i] * line.quantity();
            if (winner[i] < 0) {
                w.itemSource[i] = "LIST";
                continue;
            }
            int j = winner[i];
            Promotion p = itemPromotions.get(j);
            boolean member = p.rule() instanceof Rule.MemberPrice;
            w.itemSource[i] = (member ? "MEMBER:" : "FLASH:") + p.id();
            if (savings[j] == null) {
                savings[j] = new long[w.n];
            }
            savings[j][i] = (line.unitPriceFen() - best[i]) * line.quantity();
            w.explain(
                    i,
                    Message.of(
                            member ? PriceMessage.MEMBER_PRICE_LINE : PriceMessage.FLASH_PRICE_LINE,
                            "name",
                            p.name(),
                            "from",
                            Money.ofFen(line.unitPriceFen()),
                            "to",
                            Money.ofFen(best[i])));
        }
        for (int j = 0; j < m; j++) {
            Promotion p = itemPromotions.get(j);
            if (savings[j] != null) {
                long total = 0;
                for (long s : savings[j]) {
                    total += s;
                }
                w.applied.add(new Applied(
                        p.id(), p.name(), 1, total, w.byLine(savings[j]), itemPriceDiscount(Money.ofFen(total))));
            } else if (covered[j]) {
                w.notApplied(
                        p,
                        p.rule() instanceof Rule.MemberPrice && !hasAnyMemberPrice(w, (Rule.MemberPrice) p.rule())
                                ? Message.of(PriceMessage.NO_MEMBER_PRICE)
                                : Message.of(PriceMessage.BETTER_ITEM_PRICE));
            }
        }
    }

    private static Message itemPriceDiscount(Money amount) {
        return Message.of(PriceMessage.ITEM_PRICE_SAVES, "amount", amount);
    }

    /** The unit price this rule offers, or -1 when it offers none for the line. */
    static long unitPrice(Rule rule, CartLine line, @Nullable String tier) {
        if (rule instanceof Rule.FlashDiscount f) {
            Integer rate = f.rateBp();
            Long fixed = f.fixedUnitFen();
            return rate != null ? Fen.applyRate(line.unitPriceFen(), rate) : fixed == null ? -1 : fixed;
        }
        if (rule instanceof Rule.MemberPrice mp && tier != null) {
            Map<String, Long> bySku = mp.prices().get(tier);
            Long price = bySku == null ? null : bySku.get(line.skuCode());
            return price == null ? -1 : price;
        }
        return -1;
    }

    private static boolean hasAnyMemberPrice(Work w, Rule.MemberPrice rule) {
        String tier = w.cart.memberTier();
        if (tier == null) {
            return false;
        }
        for (CartLine line : w.lines) {
            if (unitPrice(rule, line, tier) >= 0) {
                return true;
            }
        }
        return false;
    }
}
