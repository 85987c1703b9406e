package io.storeops.promotions;

import io.storeops.promotions.engine.Scope;
import java.util.List;
import java.util.Set;

/**
 * What a promotion or coupon applies to, as the API and the database hold it: every line or the listed categories and
 * SKUs; every channel and customer unless channels or member tiers are listed.
 */
public record ScopeSpec(
        boolean all, List<String> categories, List<String> skus, List<String> channels, List<String> memberTiers) {

    public ScopeSpec {
        categories = clean(categories);
        skus = clean(skus);
        channels = clean(channels);
        memberTiers = clean(memberTiers);
    }

    public static ScopeSpec everything() {
        return new ScopeSpec(true, List.of(), List.of(), List.of(), List.of());
    }

    /** Whether it names any line at all. */
    public boolean coversSomething() {
        return all || !categories.isEmpty() || !skus.isEmpty();
    }

    public Scope toEngine() {
        return new Scope(all, Set.copyOf(categories), Set.copyOf(skus), Set.copyOf(channels), Set.copyOf(memberTiers));
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }
}
