package io.storeops.promotions.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a promotion does, grouped by the stage in which {@link PriceEngine} applies it: 1 item price, 2 multi-buy, 3
 * order level. Rates are basis points of the price paid (8.5折 = 8500) and round half-up to the fen.
 */
public sealed interface Rule {

    /** 1, 2 or 3: see {@link PriceEngine}. */
    int stage();

    // ---------------------------------------------------------------- stage 1: item price

    /** 会员价: a fixed unit price per member tier and SKU. */
    record MemberPrice(Map<String, Map<String, Long>> prices) implements Rule {
        public MemberPrice {
            var copy = new HashMap<String, Map<String, Long>>();
            prices.forEach((tier, bySku) -> copy.put(tier, Map.copyOf(bySku)));
            prices = Map.copyOf(copy);
        }

        @Override
        public int stage() {
            return 1;
        }
    }

    /** 限时折扣: either a rate off the listing price or a fixed unit price (exactly one is set). */
    record FlashDiscount(@Nullable Integer rateBp, @Nullable Long fixedUnitFen) implements Rule {
        public FlashDiscount {
            if ((rateBp == null) == (fixedUnitFen == null)) {
                throw new IllegalArgumentException("exactly one of rateBp, fixedUnitFen");
            }
            if (rateBp != null) {
                Fen.checkRate(rateBp);
            }
            if (fixedUnitFen != null && fixedUnitFen < 0) {
                throw new IllegalArgumentException("fixed price must not be negative");
            }
        }

        public static FlashDiscount rate(int rateBp) {
            return new FlashDiscount(rateBp, null);
        }

        public static FlashDiscount fixed(long unitFen) {
            return new FlashDiscount(null, unitFen);
        }

        @Override
        public int stage() {
            return 1;
        }
    }

    // ---------------------------------------------------------------- stage 2: multi-buy

    /** N件M折: each complete group of {@code n} eligible units — most expensive units first — pays {@code rateBp}. */
    record NForM(int n, int rateBp) implements Rule {
        public NForM {
            positive(n);
            Fen.checkRate(rateBp);
        }

        @Override
        public int stage() {
            return 2;
        }
    }

    /**
     * 第N件M折: units sorted by price descending are grouped in {@code n}; the cheapest unit of each complete group
     * pays {@code rateBp}. 第二件半价 is {@code NthUnit(2, 5000)}.
     */
    record NthUnit(int n, int rateBp) implements Rule {
        public NthUnit {
            positive(n);
            Fen.checkRate(rateBp);
        }

        /** 第二件半价. */
        public static NthUnit secondHalf() {
            return new NthUnit(2, 5000);
        }

        @Override
        public int stage() {
            return 2;
        }
    }

    /**
     * 套装: as many complete bundles as the cart holds (units of the listed SKUs in the promotion's scope), each at
     * {@code priceFen}; the bundle price is split over the lines in proportion to their amounts by the
     * largest-remainder rule. Applied only when cheaper than the units' item prices.
     */
    record Bundle(Map<String, Integer> items, long priceFen) implements Rule {
        public Bundle {
            items = Map.copyOf(items);
            if (items.isEmpty() || priceFen < 0) {
                throw new IllegalArgumentException("a bundle needs items and a price ≥ 0");
            }
            items.values().forEach(Rule::positive);
        }

        @Override
        public int stage() {
            return 2;
        }
    }

    // ---------------------------------------------------------------- stage 3: order level

    /** 满减: the highest tier reached by the eligible amount takes its amount off (满200减20/满300减40). */
    record TieredReduction(List<Tier> tiers) implements Rule {
        public TieredReduction {
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("at least one tier");
            }
            var sorted = new ArrayList<>(tiers);
            sorted.sort(Comparator.comparingLong(Tier::thresholdFen));
            tiers = List.copyOf(sorted);
        }

        @Override
        public int stage() {
            return 3;
        }
    }

    /** One tier of a {@link TieredReduction}. */
    record Tier(long thresholdFen, long offFen) {
        public Tier {
            if (thresholdFen < 0 || offFen < 0) {
                throw new IllegalArgumentException("tier amounts must not be negative");
            }
        }
    }

    /** 每满减: {@code offFen} off for every full {@code everyFen}, at most {@code capFen} (0 = no cap). */
    record EveryReduction(long everyFen, long offFen, long capFen) implements Rule {
        public EveryReduction {
            if (everyFen <= 0 || offFen < 0 || capFen < 0) {
                throw new IllegalArgumentException("invalid every-reduction");
            }
        }

        @Override
        public int stage() {
            return 3;
        }
    }

    /**
     * 满件折: the highest tier whose unit count is reached applies its rate to the eligible amount; the discount is
     * the eligible amount minus the rate-applied amount rounded half-up.
     */
    record QuantityRate(List<QtyTier> tiers) implements Rule {
        public QuantityRate {
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("at least one tier");
            }
            var sorted = new ArrayList<>(tiers);
            sorted.sort(Comparator.comparingInt(QtyTier::minUnits));
            tiers = List.copyOf(sorted);
        }

        @Override
        public int stage() {
            return 3;
        }
    }

    /** One tier of a {@link QuantityRate}. */
    record QtyTier(int minUnits, int rateBp) {
        public QtyTier {
            positive(minUnits);
            Fen.checkRate(rateBp);
        }
    }

    /**
     * 满赠: {@code giftQty} × {@code giftSku} at ¥0 when the eligible amount reaches {@code thresholdFen} and the
     * eligible units reach {@code minUnits} (0 = that condition is ignored) and the gift is in stock.
     */
    record Gift(long thresholdFen, int minUnits, String giftSku, int giftQty) implements Rule {
        public Gift {
            if (thresholdFen < 0 || minUnits < 0) {
                throw new IllegalArgumentException("gift thresholds must not be negative");
            }
            positive(giftQty);
        }

        @Override
        public int stage() {
            return 3;
        }
    }

    private static void positive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("must be at least 1: " + n);
        }
    }
}
