package io.storeops.promotions.engine;

import java.util.List;
import java.util.Set;

/**
 * What a promotion or coupon applies to. Lines: everything ({@code allLines}), or the listed SKUs, or any SKU in a listed
 * category (a line carries its category codes including ancestors, so listing a parent category covers its
 * children). (The component is {@code allLines} rather than {@code all}: Java does not allow both the accessor
 * {@code all()} and the factory {@link #all()}.) Carts: empty {@code channels} means every channel and empty {@code memberTiers} means every customer,
 * members or not; otherwise the cart's channel, respectively member tier, must be listed.
 */
public record Scope(
        boolean allLines, Set<String> categories, Set<String> skus, Set<String> channels, Set<String> memberTiers) {

    private static final Scope ALL = new Scope(true, Set.of(), Set.of(), Set.of(), Set.of());

    public Scope {
        categories = Set.copyOf(categories);
        skus = Set.copyOf(skus);
        channels = Set.copyOf(channels);
        memberTiers = Set.copyOf(memberTiers);
    }

    /** Every line, every channel, every customer. */
    public static Scope all() {
        return ALL;
    }

    /** Every line of the given categories, every channel, every customer. */
    public static Scope categories(String... categoryCodes) {
        return new Scope(false, Set.copyOf(List.of(categoryCodes)), Set.of(), Set.of(), Set.of());
    }

    /** The given SKUs, every channel, every customer. */
    public static Scope skus(String... skuCodes) {
        return new Scope(false, Set.of(), Set.copyOf(List.of(skuCodes)), Set.of(), Set.of());
    }

    /** This scope restricted to the given channels. */
    public Scope onChannels(String... channelCodes) {
        return new Scope(allLines, categories, skus, Set.copyOf(List.of(channelCodes)), memberTiers);
    }

    /** This scope restricted to the given member tiers. */
    public Scope forTiers(String... tiers) {
        return new Scope(allLines, categories, skus, channels, Set.copyOf(List.of(tiers)));
    }

    public boolean coversLine(CartLine line) {
        return coversLine(line.skuCode(), line.categories().toArray(new String[0]));
    }

    /** {@link #coversLine(CartLine)} with the line's categories as an array, for the engine's inner loops. */
    boolean coversLine(String skuCode, String[] lineCategories) {
        if (allLines || (!skus.isEmpty() && skus.contains(skuCode))) {
            return true;
        }
        if (categories.isEmpty()) {
            return false;
        }
        for (String category : lineCategories) {
            if (categories.contains(category)) {
                return true;
            }
        }
        return false;
    }

    public boolean coversCart(Cart cart) {
        if (!channels.isEmpty() && !channels.contains(cart.channel())) {
            return false;
        }
        String tier = cart.memberTier();
        return memberTiers.isEmpty() || (tier != null && memberTiers.contains(tier));
    }
}
