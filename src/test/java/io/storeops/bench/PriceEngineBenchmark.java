package io.storeops.bench;

import io.storeops.promotions.engine.Cart;
import io.storeops.promotions.engine.CartLine;
import io.storeops.promotions.engine.CouponKind;
import io.storeops.promotions.engine.CouponOffer;
import io.storeops.promotions.engine.Fen;
import io.storeops.promotions.engine.GiftStock;
import io.storeops.promotions.engine.PriceEngine;
import io.storeops.promotions.engine.PriceResult;
import io.storeops.promotions.engine.Promotion;
import io.storeops.promotions.engine.PromotionIndex;
import io.storeops.promotions.engine.Rule;
import io.storeops.promotions.engine.Scope;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Latency of {@link PriceEngine#price} (JMH, sample time, so percentiles are reported): a 20-line cart with no
 * promotions and no coupons (the baseline: line bookkeeping and the result only) next to the same cart against 100
 * active promotions of every kind — member prices, 限时折扣, N件M折, 第二件半价, bundles, 满减, 每满减, 满件折, 满赠,
 * in four exclusion groups and ungrouped, most of them covering the cart's lines — and 20 coupons. Run with
 *
 * <pre>
 * ./mvnw -q -DskipWeb=true test-compile exec:java -Dexec.mainClass=io.storeops.bench.PriceEngineBenchmark \
 *     -Dexec.classpathScope=test
 * </pre>
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PriceEngineBenchmark {

    static final Instant NOW = Instant.parse("2026-06-18T04:00:00Z");
    static final String[] CATEGORIES = {"kitchen", "bedding", "phones", "audio", "snacks"};
    static final String[] GROUPS = {"platform", "shop", "category", "member"};

    private Cart plainCart;
    private Cart cart;
    private List<Promotion> promotions;
    private PromotionIndex index;
    private final GiftStock giftStock = GiftStock.of(Set.of("GIFT-0", "GIFT-1", "GIFT-2"));

    @Setup
    public void setUp() {
        Random r = new Random(42);
        List<CartLine> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String category = CATEGORIES[i % CATEGORIES.length];
            lines.add(new CartLine(
                    "L" + i,
                    sku(i),
                    Set.of(category, i % 2 == 0 ? "home" : "tech", "root"),
                    1_000 + r.nextInt(49_000),
                    1 + r.nextInt(3)));
        }
        plainCart = new Cart("web", "gold", NOW, lines, List.of());
        cart = new Cart("web", "gold", NOW, lines, coupons(r));
        promotions = promotions(r, lines);
        index = PromotionIndex.of(promotions);
    }

    static String sku(int i) {
        return "SKU-%02d".formatted(i);
    }

    /** Member prices 90–97 % and fixed flash prices 80–90 % of the listing price; the rest as described above. */
    static List<Promotion> promotions(Random r, List<CartLine> lines) {
        List<Promotion> list = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            String id = "PR-%03d".formatted(k);
            Rule rule;
            String group = null;
            Scope scope = scope(r);
            if (k < 5) {
                Map<String, Long> prices = new HashMap<>();
                for (int s = 0; s < 6; s++) {
                    CartLine line = lines.get(r.nextInt(lines.size()));
                    prices.put(line.skuCode(), line.unitPriceFen() * (90 + r.nextInt(8)) / 100);
                }
                rule = new Rule.MemberPrice(Map.of("gold", prices, "silver", prices));
            } else if (k < 15) {
                if (k % 4 == 0) {
                    CartLine line = lines.get(r.nextInt(lines.size()));
                    scope = Scope.skus(line.skuCode());
                    rule = Rule.FlashDiscount.fixed(line.unitPriceFen() * (80 + r.nextInt(11)) / 100);
                } else {
                    rule = Rule.FlashDiscount.rate(8_000 + r.nextInt(1_500));
                }
            } else if (k < 21) {
                rule = new Rule.NForM(2 + r.nextInt(2), 8_000 + r.nextInt(1_500));
            } else if (k < 25) {
                rule = Rule.NthUnit.secondHalf();
            } else if (k < 30) {
                rule = new Rule.Bundle(
                        Map.of(sku(r.nextInt(20)), 1, sku(r.nextInt(20)), 1), 20_000 + r.nextInt(40_000));
                scope = Scope.all();
            } else {
                // 70 order-level promotions: every 10th stacks freely, the others share 4 exclusion groups.
                group = k % 10 == 0 ? null : GROUPS[k % GROUPS.length];
                long threshold = 10_000L * (1 + r.nextInt(60));
                rule = switch (k % 7) {
                    case 0, 1, 2 ->
                        new Rule.TieredReduction(List.of(
                                new Rule.Tier(threshold, threshold / 20), new Rule.Tier(threshold * 2, threshold / 8)));
                    case 3 -> new Rule.EveryReduction(10_000, 300 + r.nextInt(700), r.nextBoolean() ? 0 : 3_000);
                    case 4 -> new Rule.QuantityRate(List.of(new Rule.QtyTier(2, 9_800), new Rule.QtyTier(5, 9_500)));
                    default -> new Rule.Gift(threshold, r.nextInt(3), "GIFT-" + r.nextInt(4), 1);
                };
            }
            list.add(new Promotion(
                    id, "活动 " + k, scope, NOW.minusSeconds(3_600), NOW.plusSeconds(3_600), r.nextInt(3), group, rule));
        }
        return list;
    }

    /** Mostly scopes that cover part of the cart; some whole-shop, some SKUs not in the cart. */
    static Scope scope(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> Scope.all();
            case 1, 2 -> Scope.categories(CATEGORIES[r.nextInt(CATEGORIES.length)]);
            case 3 -> Scope.categories(r.nextBoolean() ? "home" : "tech");
            case 4 -> Scope.skus(sku(r.nextInt(40)), sku(r.nextInt(40)), sku(r.nextInt(40)));
            default -> Scope.categories("garden");
        };
    }

    static List<CouponOffer> coupons(Random r) {
        List<CouponOffer> coupons = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            boolean shop = k % 2 == 0;
            Scope scope = shop ? Scope.all() : Scope.categories(CATEGORIES[r.nextInt(CATEGORIES.length)]);
            long threshold = 5_000L * r.nextInt(100);
            coupons.add(
                    k % 3 == 0
                            ? new CouponOffer(
                                    "CL-" + k,
                                    "CT-" + k,
                                    "券 " + k,
                                    shop ? CouponKind.SHOP : CouponKind.PRODUCT,
                                    scope,
                                    threshold,
                                    null,
                                    8_500 + r.nextInt(1_000),
                                    5_000)
                            : new CouponOffer(
                                    "CL-" + k,
                                    "CT-" + k,
                                    "券 " + k,
                                    shop ? CouponKind.SHOP : CouponKind.PRODUCT,
                                    scope,
                                    threshold,
                                    1_000L + r.nextInt(10_000),
                                    null,
                                    0));
        }
        return coupons;
    }

    @Benchmark
    public PriceResult baselineNoPromotions() {
        return PriceEngine.price(plainCart, PromotionIndex.empty(), giftStock);
    }

    @Benchmark
    public PriceResult hundredPromotionsTwentyCoupons() {
        return PriceEngine.price(cart, index, giftStock);
    }

    public static void main(String[] args) throws Exception {
        // Under exec:java the test classpath lives in a class loader; the forked JMH JVM needs it on its command line.
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            StringJoiner classpath = new StringJoiner(File.pathSeparator);
            for (URL url : loader.getURLs()) {
                classpath.add(new File(url.toURI()).getPath());
            }
            System.setProperty("java.class.path", classpath.toString());
        }
        var bench = new PriceEngineBenchmark();
        bench.setUp();
        PriceResult sample = bench.hundredPromotionsTwentyCoupons();
        long[] byStage = new long[5];
        int[] countByStage = new int[5];
        sample.applied().forEach(a -> {
            byStage[a.stage()] += a.discountFen();
            countByStage[a.stage()]++;
        });
        System.out.printf(
                "Scenario: 20 lines, %d promotions, %d coupons → subtotal %s, total %s; applied per stage 1–4: %d/%d/%d/%d"
                        + " (discounts %s/%s/%s/%s), %d not applied (explained), %d promotions out of scope (counted),"
                        + " %d gifts, coupons %s%n",
                bench.promotions.size(),
                bench.cart.coupons().size(),
                Fen.format(sample.subtotalFen()),
                Fen.format(sample.totalFen()),
                countByStage[1],
                countByStage[2],
                countByStage[3],
                countByStage[4],
                Fen.format(byStage[1]),
                Fen.format(byStage[2]),
                Fen.format(byStage[3]),
                Fen.format(byStage[4]),
                sample.notApplied().size(),
                sample.notInScope(),
                sample.gifts().size(),
                sample.couponsUsed());
        // JMH options on the command line (e.g. -wi 2 -i 3 -r 1s for a short look) override the annotations above
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .parent(new CommandLineOptions(args))
                        .include(PriceEngineBenchmark.class.getName() + "\\.")
                        .build())
                .run();
        var verdict = new Verdict("Price engine (JMH)");
        System.out.printf(
                "%nMachine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
        boolean measured = false;
        for (RunResult result : results) {
            var stats = result.getPrimaryResult().getStatistics();
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            long n = stats.getN();
            String figure = n >= Verdict.MIN_SAMPLES_FOR_P99
                    ? "p50 %.2f µs, p99 %.2f µs, p99.9 %.2f µs over %,d samples"
                            .formatted(stats.getPercentile(50), stats.getPercentile(99), stats.getPercentile(99.9), n)
                    : "max of %,d: %.2f µs (too few samples for a p99)".formatted(n, stats.getMax());
            System.out.printf("%-32s %s%n", name, figure);
            if (name.equals("hundredPromotionsTwentyCoupons")) {
                measured = true;
                verdict.require(
                        "20 lines × 100 promotions + 20 coupons: p99 < 100 µs",
                        n >= Verdict.MIN_SAMPLES_FOR_P99 && stats.getPercentile(99) < 100.0,
                        figure);
            } else {
                verdict.check(name + " (baseline, no target)", true, figure);
            }
        }
        verdict.check("the judged benchmark ran", measured, measured ? "yes" : "no result for it");
        verdict.exit();
    }
}
