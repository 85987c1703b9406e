package io.storeops.promotions.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Promotions indexed by channel, SKU and category, built once per set of active promotions, so that pricing a cart
 * visits only the promotions whose scope can match it: those for every channel or the cart's channel that cover the
 * whole shop, one of the cart's SKUs or one of its lines' categories (ancestors included, as lines carry them), and
 * whose member tiers admit the cart. {@link #inScope} answers exactly what a scan of every promotion with
 * {@link Scope#coversCart} and {@link Scope#coversLine} answers (property-tested), in engine order.
 */
public final class PromotionIndex {

    /** Engine order: priority descending, then id; results never depend on the order of the promotion list. */
    static final Comparator<Promotion> ENGINE_ORDER = (a, b) ->
            a.priority() != b.priority() ? Integer.compare(b.priority(), a.priority()) : a.id().compareTo(b.id());

    private static final PromotionIndex EMPTY = of(List.of());

    private final Promotion[] promotions;
    private final Bucket everyChannel;
    private final Map<String, Bucket> byChannel;

    /** The positions (in engine order) of the promotions that cover every line, a SKU or a category. */
    private record Bucket(int[] allLines, Map<String, int[]> bySku, Map<String, int[]> byCategory) {}

    private PromotionIndex(Promotion[] promotions, Bucket everyChannel, Map<String, Bucket> byChannel) {
        this.promotions = promotions;
        this.everyChannel = everyChannel;
        this.byChannel = byChannel;
    }

    /** No promotions. */
    public static PromotionIndex empty() {
        return EMPTY;
    }

    /** Indexes the promotions; ids must be unique. */
    public static PromotionIndex of(List<Promotion> promotions) {
        Promotion[] sorted = promotions.toArray(new Promotion[0]);
        Arrays.sort(sorted, ENGINE_ORDER);
        Set<String> ids = new HashSet<>();
        Set<String> channels = new HashSet<>();
        for (Promotion p : sorted) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("duplicate promotion id: " + p.id());
            }
            channels.addAll(p.scope().channels());
        }
        Map<String, Bucket> byChannel = new HashMap<>();
        for (String channel : channels) {
            byChannel.put(channel, bucket(sorted, channel));
        }
        return new PromotionIndex(sorted, bucket(sorted, null), Map.copyOf(byChannel));
    }

    /** The promotions for every channel, plus those for {@code channel} when it is not null. */
    private static Bucket bucket(Promotion[] sorted, @Nullable String channel) {
        List<Integer> all = new ArrayList<>();
        Map<String, List<Integer>> bySku = new HashMap<>();
        Map<String, List<Integer>> byCategory = new HashMap<>();
        for (int k = 0; k < sorted.length; k++) {
            Scope scope = sorted[k].scope();
            if (!scope.channels().isEmpty()
                    && (channel == null || !scope.channels().contains(channel))) {
                continue;
            }
            if (scope.allLines()) {
                all.add(k);
                continue;
            }
            for (String sku : scope.skus()) {
                bySku.computeIfAbsent(sku, x -> new ArrayList<>(2)).add(k);
            }
            for (String category : scope.categories()) {
                byCategory.computeIfAbsent(category, x -> new ArrayList<>(4)).add(k);
            }
        }
        return new Bucket(ints(all), arrays(bySku), arrays(byCategory));
    }

    private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> result = new HashMap<>(lists.size() * 2);
        lists.forEach((code, list) -> result.put(code, ints(list)));
        return Map.copyOf(result);
    }

    private static int[] ints(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /** Every indexed promotion, in engine order. */
    public List<Promotion> promotions() {
        return List.of(promotions);
    }

    public int size() {
        return promotions.length;
    }

    /**
     * The promotions whose scope can match the cart — channel and member tier admit it and at least one line is
     * covered — in engine order, whatever their time window.
     */
    public List<Promotion> inScope(Cart cart) {
        if (promotions.length == 0) {
            return List.of();
        }
        Bucket bucket = byChannel.getOrDefault(cart.channel(), everyChannel);
        boolean[] hit = new boolean[promotions.length];
        mark(bucket.allLines, hit);
        if (!bucket.bySku.isEmpty() || !bucket.byCategory.isEmpty()) {
            for (CartLine line : cart.lines()) {
                mark(bucket.bySku.get(line.skuCode()), hit);
                if (!bucket.byCategory.isEmpty()) {
                    for (String category : line.categories()) {
                        mark(bucket.byCategory.get(category), hit);
                    }
                }
            }
        }
        String tier = cart.memberTier();
        int hits = 0;
        for (boolean h : hit) {
            if (h) {
                hits++;
            }
        }
        List<Promotion> result = new ArrayList<>(hits);
        for (int k = 0; k < hit.length; k++) {
            if (hit[k]) {
                Set<String> tiers = promotions[k].scope().memberTiers();
                if (tiers.isEmpty() || (tier != null && tiers.contains(tier))) {
                    result.add(promotions[k]);
                }
            }
        }
        return result;
    }

    private static void mark(int @Nullable [] positions, boolean[] hit) {
        if (positions != null) {
            for (int k : positions) {
                hit[k] = true;
            }
        }
    }
}
