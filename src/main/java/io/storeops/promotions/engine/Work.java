package io.storeops.promotions.engine;

import io.storeops.shared.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The per-call state of one pricing: line amounts after each stage, explanations and the applied/not applied. */
final class Work {

    final Cart cart;
    final CartLine[] lines;
    final int n;
    final String[][] categories;
    final long[] itemUnit;
    final String[] itemSource;
    final long[] afterItem;
    final long[] afterMulti;
    final long[] orderDiscount;
    final long[] couponDiscount;
    private final List<Message>[] explanations;
    final List<Applied> applied;
    final List<NotApplied> notApplied;
    final List<GiftLine> gifts = new ArrayList<>();
    final List<String> couponsUsed = new ArrayList<>(2);

    @SuppressWarnings("unchecked")
    Work(Cart cart) {
        this(cart, 10);
    }

    /** @param offers how many promotions and coupons the cart is priced against, to size the result lists once */
    @SuppressWarnings("unchecked")
    Work(Cart cart, int offers) {
        this.cart = cart;
        this.applied = new ArrayList<>(offers);
        this.notApplied = new ArrayList<>(offers);
        this.lines = cart.lines().toArray(new CartLine[0]);
        this.n = lines.length;
        this.categories = new String[n][];
        for (int i = 0; i < n; i++) {
            categories[i] = lines[i].categories().toArray(new String[0]);
        }
        this.itemUnit = new long[n];
        this.itemSource = new String[n];
        this.afterItem = new long[n];
        this.afterMulti = new long[n];
        this.orderDiscount = new long[n];
        this.couponDiscount = new long[n];
        this.explanations = new List[n];
        this.coveredScratch = new boolean[n];
    }

    boolean covers(Scope scope, int line) {
        return scope.coversLine(lines[line].skuCode(), categories[line]);
    }

    /**
     * The lines the scope covers, in cart order. Looks up the scope's few categories and SKUs in an index of the cart
     * (category or SKU → lines) rather than testing every line, unless the scope lists more codes than the cart has
     * lines.
     */
    int[] covered(Scope scope) {
        if (scope.allLines()) {
            return allLines();
        }
        if (index == null) {
            buildIndex();
        }
        Set<String> cats = scope.categories();
        Set<String> skuCodes = scope.skus();
        boolean[] hit = coveredScratch;
        int count = 0;
        if (cats.size() + skuCodes.size() <= 2 * n) {
            for (String code : cats) {
                count = mark(index.get(code), hit, count);
            }
            for (String code : skuCodes) {
                count = mark(skuIndex.get(code), hit, count);
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (covers(scope, i)) {
                    hit[i] = true;
                    count++;
                }
            }
        }
        if (count == 0) {
            return NONE;
        }
        int[] result = new int[count];
        for (int i = 0, k = 0; k < count; i++) {
            if (hit[i]) {
                hit[i] = false;
                result[k++] = i;
            }
        }
        return result;
    }

    private static final int[] NONE = new int[0];
    /** All false between calls of {@link #covered}. */
    private final boolean[] coveredScratch;

    private int @Nullable [] all;
    private @Nullable Map<String, int[]> index;
    private @Nullable Map<String, int[]> skuIndex;

    private int[] allLines() {
        if (all == null) {
            all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
        }
        return all;
    }

    private static int mark(int @Nullable [] lineIndexes, boolean[] hit, int count) {
        if (lineIndexes != null) {
            for (int i : lineIndexes) {
                if (!hit[i]) {
                    hit[i] = true;
                    count++;
                }
            }
        }
        return count;
    }

    private void buildIndex() {
        Map<String, List<Integer>> byCategory = new HashMap<>();
        Map<String, List<Integer>> bySku = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String c : categories[i]) {
                byCategory.computeIfAbsent(c, x -> new ArrayList<>(2)).add(i);
            }
            bySku.computeIfAbsent(lines[i].skuCode(), x -> new ArrayList<>(1)).add(i);
        }
        index = toArrays(byCategory);
        skuIndex = toArrays(bySku);
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((code, list) -> {
            int[] a = new int[list.size()];
            for (int k = 0; k < a.length; k++) {
                a[k] = list.get(k);
            }
            arrays.put(code, a);
        });
        return arrays;
    }

    void explain(int line, Message text) {
        if (explanations[line] == null) {
            explanations[line] = new ArrayList<>(4);
        }
        explanations[line].add(text);
    }

    List<Message> explanation(int line) {
        return explanations[line] == null ? List.of() : explanations[line];
    }

    void notApplied(Promotion p, Message reason) {
        notApplied.add(new NotApplied(p.id(), p.name(), reason));
    }

    /** Line id → amount for the non-zero amounts, in cart order. */
    Map<String, Long> byLine(long[] amounts) {
        return LineAmounts.of(lines, amounts);
    }
}
